using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>The overlay's shared surfaces: soft-shadowed cards and pills, the close button.</summary>
internal static class Surfaces
{
    /// <summary>A rounded card with a soft shadow below it.</summary>
    public static void Card(SKCanvas canvas, SKRect bounds, float corner, float g, SKColor fill)
    {
        using var shadow = new SKPaint
        {
            Color = OverlayPalette.Shadow,
            IsAntialias = true,
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 1.5f * g),
        };
        var offset = bounds;
        offset.Offset(0, 0.75f * g);
        canvas.DrawRoundRect(offset, corner, corner, shadow);
        using var paint = new SKPaint { Color = fill, IsAntialias = true };
        canvas.DrawRoundRect(bounds, corner, corner, paint);
    }

    /// <summary>A pill (fully rounded ends).</summary>
    public static void Pill(SKCanvas canvas, SKRect bounds, float g, SKColor fill) =>
        Card(canvas, bounds, bounds.Height / 2, g, fill);

    /// <summary>A large round button with a bold ×.</summary>
    public static void Close(SKCanvas canvas, SKRect bounds, float g)
    {
        Pill(canvas, bounds, g, OverlayPalette.Text);
        using var cross = new SKPaint
        {
            Color = OverlayPalette.Navy,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 0.75f * g,
            StrokeCap = SKStrokeCap.Round,
        };
        var arm = bounds.Width * 0.2f;
        canvas.DrawLine(bounds.MidX - arm, bounds.MidY - arm, bounds.MidX + arm, bounds.MidY + arm, cross);
        canvas.DrawLine(bounds.MidX - arm, bounds.MidY + arm, bounds.MidX + arm, bounds.MidY - arm, cross);
    }

    public static void Text(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKColor color,
        SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, baseline, align, font, paint);
    }

    /// <summary>A filled closed polygon (play triangles, arrows).</summary>
    public static void Polygon(SKCanvas canvas, SKPaint paint, ReadOnlySpan<SKPoint> points)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(points[0]);
        foreach (var point in points[1..])
        {
            builder.LineTo(point);
        }

        builder.Close();
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }
}
