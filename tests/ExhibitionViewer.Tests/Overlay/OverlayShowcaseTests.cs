using Exhibition.Bundle.Model;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Overlay.Support;
using ExhibitionViewer.Tests.Support;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Overlay;

/// <summary>
/// Paints the overlay's showcase screens at 1920×1080 (saved as PNGs when VIEWER_TEST_OUTPUT is set, for the docs and
/// for looking at) and checks what a visitor needs of them: everything on screen, text at a legible size.
/// </summary>
public sealed class OverlayShowcaseTests
{
    private const int Width = 1920;
    private const int Height = 1080;

    [Test]
    public void Showcase_screens_fit_on_a_1080p_kiosk_with_legible_text()
    {
        // Given a painter, a photo behind the overlay and a case-study image
        using var painter = new OverlayPainter();
        using var photo = SKBitmap.Decode(RealData.File("jordan-pond-equirect-4096x2048.jpg"));
        using var background = Crop(photo, new SKRectI(228, 0, 3868, 2048), Width, Height);
        using var portrait = Crop(photo, new SKRectI(2600, 700, 3500, 1375), 900, 675);
        var image = OverlayBitmaps.Jpeg(portrait);
        var screens = new (string Name, OverlayScene Scene, SKBitmap? Background)[]
        {
            ("overlay-markers.png", Markers(), null),
            ("overlay-case-study.png", OverlayScenes.WithPanel(OverlayScenes.LongBody, image: image) with { SceneTitle = "The East Gallery", Languages = ["en", "cy"] }, background),
            ("overlay-case-study-end.png", OverlayScenes.WithPanel(OverlayScenes.LongBody, scroll: 100_000, image: image), background),
            ("overlay-link.png", OverlayScenes.Base() with { Link = new LinkPanel("Technicians Make It Happen", "https://example.org/careers/technicians") }, background),
            ("overlay-language.png", Markers() with { Languages = ["en", "cy"], Language = "cy", SceneTitle = "Yr Oriel Ddwyreiniol" }, background),
        };

        foreach (var (name, scene, photoBehind) in screens)
        {
            // When each is painted
            using var overlay = OverlayBitmaps.Paint(painter, scene, Width, Height);
            using var shown = photoBehind is null ? OverlayBitmaps.OverBackground(overlay, new SKColor(128, 128, 128)) : Over(photoBehind, overlay);
            OverlayBitmaps.Save(shown, name);

            // Then nothing painted leaks past the screen's edge margin and the body type is at least 2.6% of the height
            var layout = OverlayLayout.Compute(new OverlayFonts(), scene, Width, Height, new SKSizeI(900, 675));
            Assert.That(layout.Markers.Select(m => m.Label).All(r => r.Left >= 0 && r.Right <= Width && r.Top >= 0 && r.Bottom <= Height), name);
            Assert.That(layout.Metrics.Body, Is.GreaterThanOrEqualTo(0.026f * Height));
        }
    }

    private static OverlayScene Markers() => OverlayScenes.Base(
        OverlayScenes.Marker("gallery", 420, 560, kind: HotspotKind.Scene, label: "To the workshop"),
        OverlayScenes.Marker("amira", 900, 420, focused: true, label: "Amira, lighting technician"),
        OverlayScenes.Marker("film", 1320, 640, kind: HotspotKind.Video, label: "Watch: setting up a show"),
        OverlayScenes.Marker("site", 1850, 300, kind: HotspotKind.Link, label: "Careers website"),
        OverlayScenes.Marker("hidden", 0, 0) with { Position = null }) with { SceneTitle = "The East Gallery" };

    private static SKBitmap Crop(SKBitmap source, SKRectI area, int width, int height)
    {
        var result = new SKBitmap(width, height);
        using var canvas = new SKCanvas(result);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, area, SKRect.Create(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        return result;
    }

    private static SKBitmap Over(SKBitmap background, SKBitmap overlay)
    {
        var result = background.Copy();
        using var canvas = new SKCanvas(result);
        canvas.DrawBitmap(overlay, 0, 0, SKSamplingOptions.Default, null);
        return result;
    }
}
