using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Rendering;

/// <summary>
/// Renders a synthetic panorama through the real GL path (SDL offscreen driver, llvmpipe) and compares each view with a
/// CPU perspective projection of the source equirect.
/// </summary>
[NonParallelizable]
public sealed class CubeRenderingPixelTests
{
    // The GL image passes through two resamplings the reference does not (equirect -> cube face, then face -> screen
    // with trilinear mipmapping) plus JPEG q90, which blur the 2-px grid lines and text edges by about a pixel. On
    // this flat-coloured image that costs 1-3 levels of mean error; a view off by one degree of yaw costs several
    // times more (asserted below), so the tolerance still tells a right view from a wrong one.
    private const double Tolerance = 4.0;
    private const int Width = 640;
    private const int Height = 360;

    private EquirectImage equirect = null!;
    private MemoryTileSource tiles = null!;
    private SdlWindow window = null!;

    [OneTimeSetUp]
    public void CreatePanoramaAndContext()
    {
        equirect = new EquirectImage(SyntheticEquirect.Create(2048));
        tiles = CubePyramidGenerator.Create(equirect, faceSize: 1100, previewFaceSize: 128);
        window = HeadlessGl.Open(64, 64);
    }

    [OneTimeTearDown]
    public void CloseContext() => window?.Dispose();

    [TestCase(0, 0, 90, 2, TestName = "The_front_view_matches_the_reference")]
    [TestCase(180, 10, 100, 1, TestName = "A_view_across_the_back_seam_matches_the_reference")]
    [TestCase(30, 90, 90, 2, TestName = "Looking_straight_up_matches_the_reference")]
    [TestCase(-100, -60, 75, 2, TestName = "Looking_down_to_the_left_matches_the_reference")]
    public void Render(double yaw, double pitch, double hfov, int expectedLevel)
    {
        // Given a view of the synthetic panorama
        var projection = new ViewProjection(new ViewAngles(yaw, pitch, hfov), Width, Height);

        // When it is rendered through GL once every needed tile is resident
        using var renderer = new GlRenderer(window.Gl);
        using var layer = new CubeTileLayer(renderer, tiles, 64L << 20, TileLoader.DefaultWorkerCount);
        var capture = OffscreenCapture.Capture(renderer, layer, projection, TimeSpan.FromSeconds(30));
        SaveForInspection(capture.Image, $"gl_{yaw}_{pitch}_{hfov}.png");

        // Then it is complete at the expected level and matches the CPU reference within the tolerance
        var reference = equirect.RenderView(projection);
        var error = ImageCompare.MeanAbsoluteError(capture.Image, reference);
        var wrong = ImageCompare.MeanAbsoluteError(capture.Image,
            equirect.RenderView(new ViewProjection(new ViewAngles(yaw + 1, pitch - 1, hfov), Width, Height)));
        TestContext.Out.WriteLine($"level {capture.Level}, {capture.Frames} frames, {capture.Elapsed.TotalMilliseconds:F0} ms; MAE {error}; one degree off {wrong}");
        Assert.That(capture.Complete, Is.True);
        Assert.That(capture.Level, Is.EqualTo(expectedLevel));
        Assert.That(Math.Max(error.R, Math.Max(error.G, error.B)), Is.LessThan(Tolerance));
        Assert.That(Math.Min(wrong.R, Math.Min(wrong.G, wrong.B)), Is.GreaterThan(2 * Tolerance));
    }

    private static void SaveForInspection(DecodedImage image, string name)
    {
        var folder = Environment.GetEnvironmentVariable("VIEWER_TEST_OUTPUT");
        if (!string.IsNullOrEmpty(folder))
        {
            ImageEncoder.WritePng(image, Path.Combine(folder, name));
        }
    }
}
