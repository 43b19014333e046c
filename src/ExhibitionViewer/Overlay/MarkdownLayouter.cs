using Markdig;
using Markdig.Syntax;
using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// Lays out a CommonMark body from Markdig's syntax tree: headings, paragraphs with emphasis and strong text, bulleted
/// and numbered lists, block quotes. A kiosk has no browser, so each link is followed by its QR code and address.
/// </summary>
internal sealed partial class MarkdownLayouter
{
    private readonly OverlayFonts fonts;
    private readonly OverlayMetrics metrics;
    private readonly float width;
    private readonly Func<string, QrModules> qrFor;
    private readonly HashSet<string> shownUrls = new(StringComparer.Ordinal);
    private readonly BodyLayout result = new();
    private float y;
    private float trailingSpace;

    private MarkdownLayouter(OverlayFonts fonts, OverlayMetrics metrics, float width, Func<string, QrModules> qrFor)
    {
        this.fonts = fonts;
        this.metrics = metrics;
        this.width = width;
        this.qrFor = qrFor;
    }

    private float G => metrics.G;

    /// <summary>Lays out <c>markdown</c> at <c>width</c>; <c>qrFor</c> makes (or returns a cached) QR code for an address.</summary>
    public static BodyLayout Layout(string markdown, float width, OverlayMetrics metrics, OverlayFonts fonts, Func<string, QrModules> qrFor)
    {
        var layouter = new MarkdownLayouter(fonts, metrics, width, qrFor);
        layouter.Blocks(Markdown.Parse(markdown), 0, TextStyle.Regular, OverlayPalette.Text, tight: false);
        layouter.result.Height = Math.Max(0, layouter.y - layouter.trailingSpace);
        return layouter.result;
    }

    /// <summary>Adds space after a block; remembered so the last block's space does not count toward the height.</summary>
    private void Space(float amount)
    {
        y += amount;
        trailingSpace = amount;
    }

    private void AddShape(float left, float top, float w, float h, float corner, SKColor color) =>
        result.Shapes.Add(new PlacedShape(SKRect.Create(left, top, w, h), corner, color));
}
