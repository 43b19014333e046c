using ExhibitionViewer.Platform;

namespace ExhibitionViewer.Tests.Support;

/// <summary>A base for tests that draw through real GL: one hidden offscreen window and context for the whole class.</summary>
[NonParallelizable]
public abstract class HeadlessGlFixture
{
    /// <summary>The window whose GL context the tests draw with (render to their own framebuffers).</summary>
    protected SdlWindow Window { get; private set; } = null!;

    [OneTimeSetUp]
    public void OpenContext() => Window = HeadlessGl.Open(64, 64);

    [OneTimeTearDown]
    public void CloseContext() => Window?.Dispose();
}
