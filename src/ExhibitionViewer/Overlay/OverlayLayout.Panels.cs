using SkiaSharp;

namespace ExhibitionViewer.Overlay;

internal sealed partial class OverlayLayout
{
    /// <summary>The close button: 80 px at 1080p, in the card's top-right corner.</summary>
    private SKRect CloseFor(SKRectI card)
    {
        var size = 10 * Metrics.G;
        var inset = 3 * Metrics.G;
        return SKRect.Create(card.Right - inset - size, card.Top + inset, size, size);
    }

    /// <summary>
    /// About 70% × 85% of the screen (narrower on very wide screens, wider in portrait); the image takes a left
    /// column when the card is wide and a band under the header otherwise; the body scrolls in what is left.
    /// </summary>
    private CaseStudyLayout LayOutCaseStudy(CaseStudyPanel panel, SKSizeI? imageSize)
    {
        var g = Metrics.G;
        var width = Width >= Height ? Math.Min(0.7f * Width, 1.25f * Height) : 0.92f * Width;
        var height = 0.85f * Height;
        var card = SKRectI.Round(SKRect.Create((Width - width) / 2, (Height - height) / 2, width, height));
        var close = CloseFor(card);
        var pad = 6 * g;
        var titleFont = Font(TextStyle.Bold, Metrics.Title);
        var titleLines = TextFit.Wrap(titleFont, panel.Title, close.Left - 2 * g - (card.Left + pad), 2);
        var titleLine = 1.2f * Metrics.Title;
        var titleBaseline = TextFit.Baseline(titleFont, card.Top + pad, titleLine);
        var metaFont = Font(TextStyle.Bold, Metrics.Body);
        var metaTop = card.Top + pad + titleLines.Count * titleLine + g;
        var meta = TextFit.Ellipsize(metaFont, string.Join("  ·  ", new[] { panel.Role, panel.Industry }.Where(s => !string.IsNullOrWhiteSpace(s))),
            card.Width - 2 * pad);
        var metaLine = 1.4f * Metrics.Body;
        var divider = MathF.Round(metaTop + metaLine + 2 * g);
        var content = SKRect.Create(card.Left + pad, divider + 3 * g, card.Width - 2 * pad, card.Bottom - pad - (divider + 3 * g));
        SKRect? image = null;
        var body = content;
        if (imageSize is { Width: > 0, Height: > 0 } size)
        {
            if (content.Width >= 1.3f * content.Height)
            {
                var column = SKRect.Create(content.Left, content.Top, MathF.Round(0.4f * content.Width), content.Height);
                image = Fit(size, column, alignTop: true);
                body = new SKRect(column.Right + 5 * g, content.Top, content.Right, content.Bottom);
            }
            else
            {
                var band = SKRect.Create(content.Left, content.Top, content.Width, MathF.Round(0.35f * content.Height));
                image = Fit(size, band, alignTop: false);
                body = new SKRect(content.Left, band.Bottom + 3 * g, content.Right, content.Bottom);
            }
        }

        return new CaseStudyLayout(card, close, titleLines, titleBaseline, meta, TextFit.Baseline(metaFont, metaTop, metaLine),
            divider, image, SKRectI.Round(body));
    }

    private LinkLayout LayOutLink(LinkPanel link)
    {
        var g = Metrics.G;
        var pad = 6 * g;
        var qrSize = (int)MathF.Round(Math.Min(0.45f * Height, 0.6f * Width));
        var width = Math.Min(Width - 2 * Metrics.Margin, Math.Max(qrSize + 2 * pad, 100 * g));
        var labelFont = Font(TextStyle.Bold, Metrics.Heading1);
        var closeSize = 10 * g;
        var labelLines = TextFit.Wrap(labelFont, link.Label, width - 2 * pad - closeSize - 2 * g, 3);
        var labelLine = 1.2f * Metrics.Heading1;
        var urlFont = Font(TextStyle.Regular, Metrics.Body);
        var urlLines = TextFit.Wrap(urlFont, link.Url, width - 2 * pad, 3);
        var urlLine = 1.4f * Metrics.Body;
        var height = pad + labelLines.Count * labelLine + 3 * g + qrSize + 3 * g + urlLines.Count * urlLine + pad;
        var card = SKRectI.Round(SKRect.Create((Width - width) / 2, (Height - height) / 2, width, height));
        var labelTop = card.Top + pad;
        var qrTop = (int)MathF.Round(labelTop + labelLines.Count * labelLine + 3 * g);
        var qr = SKRectI.Create(card.Left + (card.Width - qrSize) / 2, qrTop, qrSize, qrSize);
        return new LinkLayout(card, CloseFor(card), labelLines, TextFit.Baseline(labelFont, labelTop, labelLine), qr, urlLines,
            TextFit.Baseline(urlFont, qr.Bottom + 3 * g, urlLine));
    }

    private static SKRect Fit(SKSizeI image, SKRect box, bool alignTop)
    {
        var scale = Math.Min(box.Width / image.Width, box.Height / image.Height);
        var w = image.Width * scale;
        var h = image.Height * scale;
        var left = box.Left + (box.Width - w) / 2;
        var top = alignTop ? box.Top : box.Top + (box.Height - h) / 2;
        return SKRect.Create(MathF.Round(left), MathF.Round(top), MathF.Round(w), MathF.Round(h));
    }
}
