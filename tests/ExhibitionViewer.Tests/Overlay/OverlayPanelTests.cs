using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Overlay.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Overlay;

public sealed class OverlayPanelTests
{
    private const int Width = 1920;
    private const int Height = 1080;

    [Test]
    public void With_a_panel_open_taps_find_the_close_button_the_card_or_outside()
    {
        // Given an open case study over a marker
        using var painter = new OverlayPainter();
        using var fonts = new OverlayFonts();
        var scene = OverlayScenes.WithPanel(OverlayScenes.ShortBody);
        var layout = OverlayLayout.Compute(fonts, scene, Width, Height, null).CaseStudy!;

        // When it is painted
        using var bitmap = OverlayBitmaps.Paint(painter, scene);

        // Then the × is painted off-white where HitTest says PanelClose, the card is navy where it says PanelInside,
        // the dimmed surround answers PanelOutside, and the marker behind the card cannot be hit
        var close = bitmap.GetPixel((int)layout.Close.Left + 6, (int)layout.Close.MidY);
        Assert.That(close.Red, Is.GreaterThan(200));
        Assert.That(Hit(painter, scene, layout.Close.MidX, layout.Close.MidY), Is.EqualTo(OverlayHitKind.PanelClose));
        Assert.That(bitmap.GetPixel(layout.Card.Left + 40, layout.Card.Bottom - 40).Blue, Is.LessThan(90));
        Assert.That(Hit(painter, scene, layout.Card.Left + 40, layout.Card.Bottom - 40), Is.EqualTo(OverlayHitKind.PanelInside));
        Assert.That(bitmap.GetPixel(20, Height - 20).Alpha, Is.GreaterThan(100));
        Assert.That(Hit(painter, scene, 20, Height - 20), Is.EqualTo(OverlayHitKind.PanelOutside));
        Assert.That(Hit(painter, scene, layout.Card.Left - 5, layout.Card.MidY), Is.EqualTo(OverlayHitKind.PanelOutside));
        Assert.That(Hit(painter, scene, 960, 540), Is.EqualTo(OverlayHitKind.PanelInside));
    }

    [Test]
    public void A_link_panel_answers_close_inside_and_outside()
    {
        // Given an open link panel
        using var painter = new OverlayPainter();
        using var fonts = new OverlayFonts();
        var scene = OverlayScenes.Base() with { Link = new LinkPanel("Careers", "https://example.org/careers") };
        var layout = OverlayLayout.Compute(fonts, scene, Width, Height, null).Link!;

        // When taps land on its parts
        // Then each is told apart
        Assert.That(Hit(painter, scene, layout.Close.MidX, layout.Close.MidY), Is.EqualTo(OverlayHitKind.PanelClose));
        Assert.That(Hit(painter, scene, layout.Qr.MidX, layout.Qr.MidY), Is.EqualTo(OverlayHitKind.PanelInside));
        Assert.That(Hit(painter, scene, 10, 10), Is.EqualTo(OverlayHitKind.PanelOutside));
    }

    [Test]
    public void A_case_study_image_that_does_not_decode_leaves_the_panel_without_an_image()
    {
        // Given a panel whose image bytes are not an image
        using var painter = new OverlayPainter();
        var scene = OverlayScenes.WithPanel(OverlayScenes.LongBody, image: [1, 2, 3, 4]);

        // When it is painted
        using var bitmap = OverlayBitmaps.Paint(painter, scene);

        // Then the card is still painted (nearly opaque: 92% card over the dimmed surround) and laid out as if it had
        // no image: the body keeps the full width, so it scrolls the same distance
        Assert.That(bitmap.GetPixel(960, 540).Alpha, Is.GreaterThan(240));
        Assert.That(painter.MaxScroll(scene, 1920, 1080), Is.EqualTo(painter.MaxScroll(scene with { Panel = scene.Panel! with { Image = null } }, 1920, 1080)));
        using var grey = new SkiaSharp.SKBitmap(400, 300);
        grey.Erase(SkiaSharp.SKColors.Gray);
        Assert.That(painter.MaxScroll(scene, 1920, 1080),
            Is.LessThan(painter.MaxScroll(scene with { Panel = scene.Panel! with { Image = OverlayBitmaps.Jpeg(grey) } }, 1920, 1080)));
    }

    private static OverlayHitKind Hit(OverlayPainter painter, OverlayScene scene, double x, double y) =>
        painter.HitTest(scene, new ScreenPoint(x, y), Width, Height).Kind;
}
