using Exhibition.Bundle.Model;
using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>One clear glyph per hotspot kind: an arrow onward, an "i", a play triangle, a QR code.</summary>
internal static class HotspotIcons
{
    /// <summary>Draws the icon for <paramref name="kind"/> in a square of side <paramref name="size"/> around <paramref name="centre"/>.</summary>
    public static void Draw(SKCanvas canvas, HotspotKind kind, SKPoint centre, float size, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var s = size / 2;
        var (cx, cy) = (centre.X, centre.Y);
        switch (kind)
        {
            case HotspotKind.Scene:
                Surfaces.Polygon(canvas, paint,
                [
                    new(cx, cy - s), new(cx + 0.85f * s, cy - 0.05f * s), new(cx + 0.3f * s, cy - 0.05f * s),
                    new(cx + 0.3f * s, cy + 0.9f * s), new(cx - 0.3f * s, cy + 0.9f * s), new(cx - 0.3f * s, cy - 0.05f * s),
                    new(cx - 0.85f * s, cy - 0.05f * s),
                ]);
                break;
            case HotspotKind.CaseStudy:
                canvas.DrawCircle(cx, cy - 0.68f * s, 0.2f * s, paint);
                canvas.DrawRoundRect(SKRect.Create(cx - 0.17f * s, cy - 0.3f * s, 0.34f * s, 1.2f * s), 0.08f * s, 0.08f * s, paint);
                canvas.DrawRoundRect(SKRect.Create(cx - 0.42f * s, cy - 0.3f * s, 0.4f * s, 0.22f * s), 0.06f * s, 0.06f * s, paint);
                canvas.DrawRoundRect(SKRect.Create(cx - 0.42f * s, cy + 0.7f * s, 0.84f * s, 0.22f * s), 0.06f * s, 0.06f * s, paint);
                break;
            case HotspotKind.Video:
                // The triangle's centroid, not its box, sits on the centre, so it looks centred.
                Surfaces.Polygon(canvas, paint, [new(cx - 0.55f * s, cy - 0.8f * s), new(cx + 0.85f * s, cy), new(cx - 0.55f * s, cy + 0.8f * s)]);
                break;
            case HotspotKind.Link:
                QrGlyph(canvas, cx - 0.85f * s, cy - 0.85f * s, 1.7f * s, paint);
                break;
        }
    }

    private static void QrGlyph(SKCanvas canvas, float left, float top, float side, SKPaint paint)
    {
        var unit = side / 7;
        void Finder(float x, float y)
        {
            using var ring = new SKPaint { Color = paint.Color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.7f * unit };
            canvas.DrawRoundRect(SKRect.Create(x + 0.35f * unit, y + 0.35f * unit, 2.3f * unit, 2.3f * unit), 0.4f * unit, 0.4f * unit, ring);
            canvas.DrawRect(SKRect.Create(x + unit, y + unit, unit, unit), paint);
        }

        Finder(left, top);
        Finder(left + 4 * unit, top);
        Finder(left, top + 4 * unit);
        canvas.DrawRect(SKRect.Create(left + 4 * unit, top + 4 * unit, unit, unit), paint);
        canvas.DrawRect(SKRect.Create(left + 6 * unit, top + 4 * unit, unit, unit), paint);
        canvas.DrawRect(SKRect.Create(left + 5 * unit, top + 5 * unit, unit, unit), paint);
        canvas.DrawRect(SKRect.Create(left + 4 * unit, top + 6 * unit, unit, unit), paint);
        canvas.DrawRect(SKRect.Create(left + 6 * unit, top + 6 * unit, unit, unit), paint);
    }
}
