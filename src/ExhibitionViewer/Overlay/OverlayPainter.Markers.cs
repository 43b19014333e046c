using SkiaSharp;

namespace ExhibitionViewer.Overlay;

public sealed partial class OverlayPainter
{
    /// <summary>
    /// Navy discs with an off-white rim and icon, a label pill beside each; the focused marker gets an accent ring
    /// and an accent-edged label so keyboard users always see where they are.
    /// </summary>
    private void DrawMarkers(SKCanvas canvas, OverlayLayout layout)
    {
        var g = layout.Metrics.G;
        var font = fonts.Get(TextStyle.Bold, layout.Metrics.Body);
        foreach (var marker in layout.Markers)
        {
            var r = marker.Radius;
            var focused = marker.Marker.Focused;
            Surfaces.Pill(canvas, SKRect.Create(marker.Centre.X - r, marker.Centre.Y - r, 2 * r, 2 * r), g, OverlayPalette.Surface);
            using var rim = new SKPaint
            {
                Color = focused ? OverlayPalette.Accent : OverlayPalette.Text,
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = 0.5f * g,
            };
            canvas.DrawCircle(marker.Centre, r - 0.25f * g, rim);
            if (focused)
            {
                rim.StrokeWidth = 0.75f * g;
                canvas.DrawCircle(marker.Centre, r + 1.25f * g, rim);
            }

            HotspotIcons.Draw(canvas, marker.Marker.Kind, marker.Centre, 0.95f * r, focused ? OverlayPalette.Accent : OverlayPalette.Text);
            DrawLabel(canvas, marker, font, g, focused);
        }
    }

    private static void DrawLabel(SKCanvas canvas, MarkerLayout marker, SKFont font, float g, bool focused)
    {
        Surfaces.Pill(canvas, marker.Label, g, OverlayPalette.Surface);
        if (focused)
        {
            using var edge = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f * g };
            var inner = marker.Label;
            inner.Inflate(-0.25f * g, -0.25f * g);
            canvas.DrawRoundRect(inner, inner.Height / 2, inner.Height / 2, edge);
        }

        Surfaces.Text(canvas, marker.LabelText, marker.Label.MidX, TextFit.Baseline(font, marker.Label.Top, marker.Label.Height),
            font, OverlayPalette.Text, SKTextAlign.Center);
    }
}
