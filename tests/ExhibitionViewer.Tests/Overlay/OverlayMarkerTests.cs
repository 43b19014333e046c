using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Overlay.Support;
using ExhibitionViewer.Viewing;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Overlay;

public sealed class OverlayMarkerTests
{
    private const int Width = 1920;
    private const int Height = 1080;

    [Test]
    public void A_painted_marker_is_where_hit_testing_finds_it()
    {
        // Given a scene with one marker
        using var painter = new OverlayPainter();
        var scene = OverlayScenes.Base(OverlayScenes.Marker("amira", 600, 400));

        // When it is painted and hit-tested
        using var bitmap = OverlayBitmaps.Paint(painter, scene);
        var disc = bitmap.GetPixel(600, 400 + 25);

        // Then the disc (just below the icon) is opaque navy, and a tap there or on the label finds the hotspot
        Assert.That(disc.Alpha, Is.GreaterThan(220));
        // (within 12 levels: the disc is 92% opaque navy over its own soft shadow)
        Assert.That((int)disc.Red, Is.EqualTo(0x14).Within(12));
        Assert.That((int)disc.Green, Is.EqualTo(0x21).Within(12));
        Assert.That((int)disc.Blue, Is.EqualTo(0x3D).Within(12));
        Assert.That(painter.HitTest(scene, new ScreenPoint(600, 400), Width, Height), Is.EqualTo(new OverlayHit(OverlayHitKind.Hotspot, "amira")));
        Assert.That(painter.HitTest(scene, new ScreenPoint(760, 400), Width, Height), Is.EqualTo(new OverlayHit(OverlayHitKind.Hotspot, "amira")));
        Assert.That(bitmap.GetPixel(1200, 900).Alpha, Is.Zero);
        Assert.That(painter.HitTest(scene, new ScreenPoint(1200, 900), Width, Height), Is.EqualTo(OverlayHit.None));
    }

    [Test]
    public void A_marker_without_a_position_is_neither_drawn_nor_hit()
    {
        // Given a marker behind the viewer (no screen position)
        using var painter = new OverlayPainter();
        var scene = OverlayScenes.Base(OverlayScenes.Marker("behind", 0, 0) with { Position = null });

        // When it is painted
        using var bitmap = OverlayBitmaps.Paint(painter, scene);

        // Then nothing at all is painted and nothing is hit at the origin
        Assert.That(bitmap.Pixels.Count(p => p.Alpha > 0), Is.Zero);
        Assert.That(painter.HitTest(scene, new ScreenPoint(0, 0), Width, Height), Is.EqualTo(OverlayHit.None));
    }

    [TestCase(1910, 500, TestName = "A_label_near_the_right_edge_flips_to_the_left_and_stays_on_screen")]
    [TestCase(5, 500, TestName = "A_label_near_the_left_edge_stays_on_screen")]
    [TestCase(960, 1075, TestName = "A_label_near_the_bottom_edge_stays_on_screen")]
    [TestCase(960, 3, TestName = "A_label_near_the_top_edge_stays_on_screen")]
    public void Labels_stay_on_screen(double x, double y)
    {
        // Given a marker with a long label close to an edge
        using var fonts = new OverlayFonts();
        var scene = OverlayScenes.Base(OverlayScenes.Marker("edge", x, y, label: "Watch: setting up the lights for a show"));

        // When it is laid out
        var label = OverlayLayout.Compute(fonts, scene, Width, Height, null).Markers.Single().Label;

        // Then the whole label pill is inside the screen, and a tap on its middle finds the hotspot
        Assert.That(label.Left >= 0 && label.Top >= 0 && label.Right <= Width && label.Bottom <= Height, $"label at {label}");
        using var painter = new OverlayPainter();
        Assert.That(painter.HitTest(scene, new ScreenPoint(label.MidX, label.MidY), Width, Height).Id, Is.EqualTo("edge"));
        if (x > Width / 2 && y == 500)
        {
            Assert.That(label.Right, Is.LessThan(x));
        }
    }

    [Test]
    public void The_focused_marker_looks_visibly_different()
    {
        // Given the same marker, focused and not
        using var painter = new OverlayPainter();
        using var plain = OverlayBitmaps.Paint(painter, OverlayScenes.Base(OverlayScenes.Marker("a", 600, 400)));
        using var focused = OverlayBitmaps.Paint(painter, OverlayScenes.Base(OverlayScenes.Marker("a", 600, 400, focused: true)));

        // When the area around the marker is compared
        var accentPixels = (SKBitmap b) => Enumerable.Range(520, 160).SelectMany(x => Enumerable.Range(320, 160).Select(y => b.GetPixel(x, y)))
            .Count(c => c.Alpha > 200 && c.Red > 220 && c.Green is > 130 and < 190 && c.Blue < 80);

        // Then only the focused one shows a clear accent ring
        Assert.That(accentPixels(plain), Is.Zero);
        Assert.That(accentPixels(focused), Is.GreaterThan(500));
    }
}
