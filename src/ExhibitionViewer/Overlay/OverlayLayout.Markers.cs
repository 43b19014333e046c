using SkiaSharp;

namespace ExhibitionViewer.Overlay;

internal sealed partial class OverlayLayout
{
    /// <summary>Markers, unless a panel is open: then they would only show through the card and cannot be tapped.</summary>
    private List<MarkerLayout> LayOutMarkers()
    {
        var result = new List<MarkerLayout>();
        if (Scene.Panel is not null || Scene.Link is not null)
        {
            return result;
        }

        foreach (var marker in Scene.Hotspots.Where(m => m.Position is not null).OrderBy(m => m.Focused))
        {
            var position = marker.Position!.Value;
            var centre = new SKPoint((float)position.X, (float)position.Y);
            var (label, text) = LabelFor(marker.Label, centre);
            result.Add(new MarkerLayout(marker, centre, Metrics.MarkerRadius, label, text));
        }

        return result;
    }

    /// <summary>
    /// The label pill goes right of the marker, or left near the right edge, or below when neither side has room;
    /// then it is clamped inside the screen's margins so it is always readable.
    /// </summary>
    private (SKRect Pill, string Text) LabelFor(string label, SKPoint centre)
    {
        var g = Metrics.G;
        var font = Font(TextStyle.Bold, Metrics.Body);
        var padding = 2.5f * g;
        var maxText = Math.Max(g, Math.Min(0.4f * Width, 70 * g) - 2 * padding);
        var text = TextFit.Ellipsize(font, label, maxText);
        var width = font.MeasureText(text) + 2 * padding;
        var height = Metrics.PillHeight;
        var gap = 1.5f * g;
        var margin = g;
        var left = centre.X + Metrics.MarkerRadius + gap;
        var top = centre.Y - height / 2;
        if (left + width > Width - margin)
        {
            left = centre.X - Metrics.MarkerRadius - gap - width;
        }

        if (left < margin)
        {
            left = centre.X - width / 2;
            top = centre.Y + Metrics.MarkerRadius + g;
            if (top + height > Height - margin)
            {
                top = centre.Y - Metrics.MarkerRadius - g - height;
            }
        }

        left = Math.Clamp(left, margin, Math.Max(margin, Width - margin - width));
        top = Math.Clamp(top, margin, Math.Max(margin, Height - margin - height));
        return (SKRect.Create(left, top, width, height), text);
    }
}
