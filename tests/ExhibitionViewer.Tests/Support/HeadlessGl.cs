using ExhibitionViewer.Platform;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Opens a hidden SDL window with a GL context; fails (never skips) with SDL's reason if it cannot.</summary>
internal static class HeadlessGl
{
    public static SdlWindow Open(int width, int height)
    {
        try
        {
            return SdlWindow.Open(new WindowOptions("ExhibitionViewer tests", width, height, Hidden: true), headless: true);
        }
        catch (SdlException e)
        {
            Assert.Fail($"Could not open a headless GL context (SDL offscreen driver on Mesa llvmpipe is required): {e.Message}");
            throw;
        }
    }
}
