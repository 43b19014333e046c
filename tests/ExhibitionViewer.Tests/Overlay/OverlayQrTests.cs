using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Overlay.Support;
using QRCoder;

namespace ExhibitionViewer.Tests.Overlay;

public sealed class OverlayQrTests
{
    private const int Width = 1920;
    private const int Height = 1080;

    [TestCase("https://example.org/careers", TestName = "The_link_panel_QR_code_matches_QRCoder_module_for_module")]
    [TestCase("https://example.org/a/much/longer/address/for/a/denser/code?with=query&and=more", TestName = "A_denser_QR_code_matches_QRCoder_module_for_module")]
    public void Qr_matches_the_generator(string url)
    {
        // Given a link panel
        using var painter = new OverlayPainter();
        using var fonts = new OverlayFonts();
        var scene = OverlayScenes.Base() with { Link = new LinkPanel("Careers", url) };
        var area = OverlayLayout.Compute(fonts, scene, Width, Height, null).Link!.Qr;

        // When it is painted and each module's centre pixel is sampled
        using var bitmap = OverlayBitmaps.Paint(painter, scene);
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var expected = data.ModuleMatrix;
        var grid = QrModules.Create(url);
        var mismatches = 0;
        for (var row = 0; row < expected.Count; row++)
        {
            for (var column = 0; column < expected.Count; column++)
            {
                var cell = grid.ModuleRect(area, row, column);
                var pixel = bitmap.GetPixel(cell.MidX, cell.MidY);
                var dark = pixel.Red < 128;
                mismatches += dark == expected[row][column] ? 0 : 1;
            }
        }

        // Then every module (quiet zone included) is dark exactly where QRCoder's matrix is, at 3+ px per module
        Assert.That(grid.Count, Is.EqualTo(expected.Count));
        Assert.That(grid.ModuleRect(area, 0, 0).Width, Is.GreaterThanOrEqualTo(3));
        Assert.That(mismatches, Is.Zero);
    }
}
