using System.Globalization;
using SkiaSharp;

namespace ContentPacker.Reports;

/// <summary>What both chart kinds draw: the paper, the heading and the value text.</summary>
internal static class ChartPainter
{
    public static SKBitmap Start(int height, ChartSpec spec, ChartFonts fonts, out SKCanvas canvas)
    {
        var bitmap = new SKBitmap(new SKImageInfo(ChartLayout.Width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        canvas = new SKCanvas(bitmap);
        canvas.Clear(ReportPalette.Paper);
        using var title = fonts.Bold(20);
        using var subtitle = fonts.Regular(14);
        var width = ChartLayout.Width - 2 * ChartLayout.Pad;
        Text(canvas, ChartFonts.Fit(title, spec.Title, width), ChartLayout.Pad, ChartLayout.Pad + 18, title, ReportPalette.Navy);
        Text(canvas, ChartFonts.Fit(subtitle, spec.Subtitle, width), ChartLayout.Pad, ChartLayout.Pad + 40, subtitle, ReportPalette.Muted);
        return bitmap;
    }

    public static string Value(int count, int total) => total == 0
        ? count.ToString("N0", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{count:N0} · {100.0 * count / total:0.#}%");

    public static void Text(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, baseline, align, font, paint);
    }

    public static void Fill(SKCanvas canvas, SKRect rect, SKColor color, float corner = 3)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawRoundRect(rect, corner, corner, paint);
    }

    public static byte[] Png(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
