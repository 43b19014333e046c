using SkiaSharp;

namespace ExhibitionViewer.Overlay;

public sealed partial class OverlayPainter
{
    private void DrawLink(SKCanvas canvas, OverlayLayout layout)
    {
        if (layout.Link is not { } link || layout.Scene.Link is not { } panel)
        {
            return;
        }

        var g = layout.Metrics.G;
        Surfaces.Card(canvas, link.Card, layout.Metrics.Corner, g, OverlayPalette.Surface);
        Surfaces.Close(canvas, link.Close, g);
        var labelFont = fonts.Get(TextStyle.Bold, layout.Metrics.Heading1);
        var labelLine = 1.2f * layout.Metrics.Heading1;
        for (var i = 0; i < link.LabelLines.Count; i++)
        {
            Surfaces.Text(canvas, link.LabelLines[i], link.Card.Left + 6 * g, link.LabelBaseline + i * labelLine, labelFont, OverlayPalette.Text);
        }

        QrFor(panel.Url).Draw(canvas, link.Qr, 1.5f * g);
        var urlFont = fonts.Get(TextStyle.Regular, layout.Metrics.Body);
        for (var i = 0; i < link.UrlLines.Count; i++)
        {
            Surfaces.Text(canvas, link.UrlLines[i], link.Card.MidX, link.UrlBaseline + i * 1.4f * layout.Metrics.Body, urlFont,
                OverlayPalette.TextMuted, SKTextAlign.Center);
        }
    }
}
