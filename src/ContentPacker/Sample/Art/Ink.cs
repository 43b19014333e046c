using SkiaSharp;

namespace ContentPacker.Sample.Art;

/// <summary>Paint and text helpers shared by every drawing, so lines and lettering look the same everywhere.</summary>
internal static class Ink
{
    public static SKPaint Fill(SKColor colour) => new() { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };

    public static SKPaint Stroke(SKColor colour, float width) => new()
    {
        Color = colour,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = SKStrokeCap.Round,
        StrokeJoin = SKStrokeJoin.Round,
    };

    public static SKPaint Vertical(SKRect box, SKColor top, SKColor bottom) => new()
    {
        IsAntialias = true,
        Shader = SKShader.CreateLinearGradient(new SKPoint(box.Left, box.Top), new SKPoint(box.Left, box.Bottom), [top, bottom], SKShaderTileMode.Clamp),
    };

    public static void Path(SKCanvas canvas, SKPathBuilder builder, SKPaint paint)
    {
        using var path = builder.Snapshot();
        canvas.DrawPath(path, paint);
    }

    /// <summary>
    /// Draws one line of text centred (or left-aligned) on a baseline, shrunk to fit <paramref name="maxWidth"/>.
    /// Glyphs are laid out at device size, because advances measured at a tiny size under a scaled canvas are rounded
    /// into a jumble.
    /// </summary>
    public static void Text(SKCanvas canvas, string text, float x, float baseline, float size, SKColor colour,
        bool bold = false, float maxWidth = float.MaxValue, SKTextAlign align = SKTextAlign.Center)
    {
        var matrix = canvas.TotalMatrix;
        float scale = matrix.ScaleX;
        using var font = new SKFont(bold ? Fonts.Bold : Fonts.Regular, size * scale)
        {
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.None,
        };
        float width = font.MeasureText(text);
        if (width > maxWidth * scale)
        {
            font.Size *= maxWidth * scale / width;
        }

        using var paint = Fill(colour);
        var at = matrix.MapPoint(x, baseline);
        canvas.Save();
        canvas.ResetMatrix();
        canvas.DrawText(text, at.X, at.Y, align, font, paint);
        canvas.Restore();
    }
}
