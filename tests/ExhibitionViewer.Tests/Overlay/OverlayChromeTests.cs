using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Overlay.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Overlay;

public sealed class OverlayChromeTests
{
    private const int Width = 1920;
    private const int Height = 1080;

    [Test]
    public void Language_buttons_appear_only_when_there_are_two_or_more_languages()
    {
        // Given the same scene with one language and with two
        using var painter = new OverlayPainter();
        using var fonts = new OverlayFonts();
        var one = OverlayScenes.Base();
        var two = one with { Languages = ["en", "cy"] };
        var buttons = OverlayLayout.Compute(fonts, two, Width, Height, null).Languages;

        // When both are painted
        using var oneBitmap = OverlayBitmaps.Paint(painter, one);
        using var twoBitmap = OverlayBitmaps.Paint(painter, two);

        // Then only the second has buttons, named in their own language, where a tap chooses that language
        Assert.That(OverlayLayout.Compute(fonts, one, Width, Height, null).Languages, Is.Empty);
        Assert.That(buttons.Select(b => b.Name), Is.EqualTo(new[] { "English", "Cymraeg" }));
        Assert.That(buttons.Single(b => b.Current).Code, Is.EqualTo("en"));
        var cy = buttons[1].Bounds;
        Assert.That(oneBitmap.GetPixel((int)cy.MidX, (int)cy.MidY).Alpha, Is.Zero);
        Assert.That(twoBitmap.GetPixel((int)cy.Left + 4, (int)cy.MidY).Alpha, Is.GreaterThan(200));
        Assert.That(painter.HitTest(two, new ScreenPoint(cy.MidX, cy.MidY), Width, Height), Is.EqualTo(new OverlayHit(OverlayHitKind.Language, "cy")));
        Assert.That(painter.HitTest(one, new ScreenPoint(cy.MidX, cy.MidY), Width, Height), Is.EqualTo(OverlayHit.None));
    }

    [Test]
    public void An_unknown_language_code_is_shown_as_the_code()
    {
        // Given a language without a known name
        // When its name is asked for
        // Then the code stands in, and known codes get their own names
        Assert.That(LanguageNames.Of("xx"), Is.EqualTo("XX"));
        Assert.That(LanguageNames.Of("cy"), Is.EqualTo("Cymraeg"));
    }

    [Test]
    public void Opacity_zero_paints_nothing_and_hits_nothing()
    {
        // Given a busy scene at opacity 0
        using var painter = new OverlayPainter();
        var scene = OverlayScenes.WithPanel(OverlayScenes.LongBody) with { Languages = ["en", "cy"], SceneTitle = "Gallery", Message = "Resting", Opacity = 0 };

        // When it is painted
        using var bitmap = OverlayBitmaps.Paint(painter, scene);

        // Then no pixel is touched and no tap lands
        Assert.That(bitmap.Pixels.Count(p => p.Alpha > 0), Is.Zero);
        Assert.That(painter.HitTest(scene, new ScreenPoint(960, 540), Width, Height), Is.EqualTo(OverlayHit.None));
    }

    [Test]
    public void Half_opacity_halves_the_overlay_alpha()
    {
        // Given a message at full and at half opacity
        using var painter = new OverlayPainter();
        var full = OverlayScenes.Base() with { Message = "This part of the exhibition is resting" };

        // When both are painted
        using var a = OverlayBitmaps.Paint(painter, full);
        using var b = OverlayBitmaps.Paint(painter, full with { Opacity = 0.5f });

        // Then the card's alpha halves (within 2 levels of rounding)
        var alphaFull = a.GetPixel(960, 540 + 60).Alpha;
        Assert.That(alphaFull, Is.GreaterThan(200));
        Assert.That((double)b.GetPixel(960, 540 + 60).Alpha, Is.EqualTo(alphaFull / 2.0).Within(2));
    }

    [Test]
    public void The_scene_title_and_a_message_are_painted()
    {
        // Given a title and a message
        using var painter = new OverlayPainter();
        using var fonts = new OverlayFonts();
        var scene = OverlayScenes.Base() with { SceneTitle = "The East Gallery", Message = "This part of the exhibition is resting" };
        var layout = OverlayLayout.Compute(fonts, scene, Width, Height, null);

        // When it is painted
        using var bitmap = OverlayBitmaps.Paint(painter, scene);

        // Then the title sits top-left, the message card is centred, and both are opaque surfaces
        Assert.That(layout.Title!.Bounds.Left, Is.LessThan(Width / 4));
        Assert.That(layout.Title.Bounds.Top, Is.LessThan(Height / 8));
        Assert.That(layout.Message!.Bounds.MidX, Is.EqualTo(Width / 2f).Within(1));
        Assert.That(layout.Message.Bounds.MidY, Is.EqualTo(Height / 2f).Within(1));
        Assert.That(bitmap.GetPixel((int)layout.Title.Bounds.MidX, (int)layout.Title.Bounds.Bottom - 4).Alpha, Is.GreaterThan(200));
        Assert.That(bitmap.GetPixel((int)layout.Message.Bounds.Left + 30, (int)layout.Message.Bounds.MidY).Alpha, Is.GreaterThan(200));
    }
}
