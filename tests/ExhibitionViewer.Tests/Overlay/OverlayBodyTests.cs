using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Overlay.Support;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Overlay;

public sealed class OverlayBodyTests
{
    private const int Width = 1920;
    private const int Height = 1080;

    [Test]
    public void A_longer_body_renders_more_rows_of_text()
    {
        // Given a short and a long case-study body
        using var painter = new OverlayPainter();
        var shortScene = OverlayScenes.WithPanel(OverlayScenes.ShortBody);
        var longScene = OverlayScenes.WithPanel(OverlayScenes.LongBody);
        var area = BodyArea(shortScene);

        // When both are painted
        using var shortBitmap = OverlayBitmaps.Paint(painter, shortScene);
        using var longBitmap = OverlayBitmaps.Paint(painter, longScene);

        // Then the short one shows one line of text in the body and the long one many
        var shortRows = OverlayBitmaps.TextRows(OverlayBitmaps.BrightPixelsPerRow(shortBitmap, area));
        var longRows = OverlayBitmaps.TextRows(OverlayBitmaps.BrightPixelsPerRow(longBitmap, area));
        Assert.That(shortRows, Is.EqualTo(1));
        Assert.That(longRows, Is.GreaterThan(8));
    }

    [Test]
    public void Only_a_body_longer_than_the_card_can_scroll()
    {
        // Given a short and a long body
        using var painter = new OverlayPainter();

        // When their scroll ranges are asked for
        var shortMax = painter.MaxScroll(OverlayScenes.WithPanel(OverlayScenes.ShortBody), Width, Height);
        var longMax = painter.MaxScroll(OverlayScenes.WithPanel(OverlayScenes.LongBody), Width, Height);

        // Then only the long one scrolls, and no panel means no scrolling
        Assert.That(shortMax, Is.Zero);
        Assert.That(longMax, Is.GreaterThan(100));
        Assert.That(painter.MaxScroll(OverlayScenes.Base(), Width, Height), Is.Zero);
    }

    [Test]
    public void Scrolling_moves_the_body_text_up_by_the_scroll_offset()
    {
        // Given a long body at scroll 0 and at scroll 120
        using var painter = new OverlayPainter();
        var top = OverlayScenes.WithPanel(OverlayScenes.LongBody);
        var scrolled = OverlayScenes.WithPanel(OverlayScenes.LongBody, scroll: 120);
        var area = BodyArea(top);

        // When both are painted and their text-row profiles compared
        using var a = OverlayBitmaps.Paint(painter, top);
        using var b = OverlayBitmaps.Paint(painter, scrolled);
        var before = OverlayBitmaps.BrightPixelsPerRow(a, area);
        var after = OverlayBitmaps.BrightPixelsPerRow(b, area);

        // Then the best-matching shift of the middle of the body is the scroll offset (to the pixel)
        // (rows clear of the 40-px fades at the top and bottom edges)
        var rows = Enumerable.Range(60, before.Length - 260).ToList();
        var best = Enumerable.Range(0, 160).MinBy(shift => rows.Sum(y => Math.Abs(before[y + shift] - after[y])));
        Assert.That(best, Is.EqualTo(120));
    }

    [Test]
    public void Markdown_becomes_bold_italic_list_quote_and_link_pieces()
    {
        // Given a body with each construct
        using var fonts = new OverlayFonts();
        var metrics = OverlayMetrics.For(Width, Height);

        // When it is laid out
        var body = MarkdownLayouter.Layout(OverlayScenes.LongBody, 700, metrics, fonts, QrModules.Create);

        // Then headings and strong text are bold, emphasis and quotes italic, bullets and numbers are drawn,
        // and the link is shown as accent text followed by its QR code and address
        Assert.That(body.Texts.Any(t => t.Text == "What I do" && t.Style == TextStyle.Bold && t.Size > metrics.Body));
        Assert.That(body.Texts.Any(t => t.Text.Contains("lighting and sound", StringComparison.Ordinal) && t.Style == TextStyle.Bold));
        Assert.That(body.Texts.Any(t => t.Text == "conservation-grade" && t.Style == TextStyle.Italic));
        Assert.That(body.Texts.Any(t => t.Text.StartsWith("The best part", StringComparison.Ordinal) && t.Style == TextStyle.Italic));
        Assert.That(body.Texts.Count(t => t.Text is "1." or "2." or "3."), Is.EqualTo(3));
        Assert.That(body.Shapes.Count(s => s.Bounds.Width == s.Bounds.Height), Is.EqualTo(3), "three bullets");
        Assert.That(body.Texts.Any(t => t.Underline && t.Text.Contains("Technicians", StringComparison.Ordinal)));
        Assert.That(body.Qrs.Single().Url, Is.EqualTo("https://example.org/careers/technicians"));
        Assert.That(body.Texts.Any(t => t.Text == "https://example.org/careers/technicians" && t.Baseline > body.Qrs[0].Bounds.Bottom));
        Assert.That(body.Texts.All(t => t.X >= 0 && t.X + fonts.Get(t.Style, t.Size).MeasureText(t.Text) <= 700.5f), "wrapped within the width");
    }

    private static SKRectI BodyArea(OverlayScene scene)
    {
        using var fonts = new OverlayFonts();
        return OverlayLayout.Compute(fonts, scene, Width, Height, null).CaseStudy!.Body;
    }
}
