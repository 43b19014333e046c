using System.Globalization;
using SkiaSharp;

namespace ContentPacker.Reports;

/// <summary>
/// A column chart for ordered values: a scale's 1–5 distribution (with its mean marked on the axis) or responses per
/// day. Counts sit on the columns while they fit; with many columns only every k-th is labelled.
/// </summary>
internal static class ColumnChart
{
    /// <summary>The centre of column <paramref name="index"/> of <paramref name="count"/>.</summary>
    public static float Centre(int index, int count) => PlotLeft + Slot(count) * (index + 0.5f);

    /// <summary>A column's width.</summary>
    public static float ColumnWidth(int count) => Math.Min(72, Slot(count) * 0.7f);

    private static float PlotLeft => ChartLayout.Pad + 8;

    private static float Slot(int count) => (ChartLayout.Width - 2 * ChartLayout.Pad - 16) / Math.Max(count, 1);

    public static byte[] Render(ChartSpec spec, ChartFonts fonts)
    {
        using var bitmap = ChartPainter.Start(ChartLayout.ColumnChartHeight, spec, fonts, out var canvas);
        using (canvas)
        {
            using var label = fonts.Regular(14);
            using var value = fonts.Bold(13);
            var n = spec.Bars.Count;
            var baseline = ChartLayout.ColumnBaseline;
            var height = ChartLayout.ColumnPlotHeight - 36;
            var max = Math.Max(1, spec.Bars.Select(b => b.Count).DefaultIfEmpty(0).Max());
            var width = ColumnWidth(n);
            var every = Math.Max(1, (int)Math.Ceiling(n * 64 / (ChartLayout.Width - 2 * ChartLayout.Pad)));
            ChartPainter.Fill(canvas, new SKRect(ChartLayout.Pad, baseline, ChartLayout.Width - ChartLayout.Pad, baseline + 1.5f), ReportPalette.Track, 0);
            if (every > 1)
            {
                // Too many columns to label each: a rule at the tallest column gives the scale instead.
                ChartPainter.Fill(canvas, new SKRect(ChartLayout.Pad, baseline - height, ChartLayout.Width - ChartLayout.Pad, baseline - height + 1), ReportPalette.Track, 0);
                ChartPainter.Text(canvas, $"{max:N0}", ChartLayout.Width - ChartLayout.Pad, baseline - height - 6, value, ReportPalette.Muted, SKTextAlign.Right);
            }

            for (var i = 0; i < n; i++)
            {
                var bar = spec.Bars[i];
                var x = Centre(i, n);
                var top = baseline - height * bar.Count / max;
                if (bar.Count > 0) ChartPainter.Fill(canvas, new SKRect(x - width / 2, Math.Min(top, baseline - 3), x + width / 2, baseline), ReportPalette.Accent, Math.Min(3, width / 4));
                if (i % every != 0) continue;
                ChartPainter.Text(canvas, bar.Label, x, baseline + 22, label, ReportPalette.Navy, SKTextAlign.Center);
                if (every == 1) ChartPainter.Text(canvas, ChartPainter.Value(bar.Count, width >= 60 ? spec.Total : 0), x, top - 8, value, ReportPalette.Navy, SKTextAlign.Center);
            }

            if (spec.Mean is { } mean && n > 1) MarkMean(canvas, mean, n, label);
        }

        return ChartPainter.Png(bitmap);
    }

    // The bars are the values 1..n in order, so the mean sits between column centres by linear interpolation.
    private static void MarkMean(SKCanvas canvas, double mean, int n, SKFont font)
    {
        var x = Centre(0, n) + (float)(mean - 1) * (Centre(1, n) - Centre(0, n));
        var y = ChartLayout.ColumnBaseline + 38;
        using var paint = new SKPaint { Color = ReportPalette.Navy, IsAntialias = true };
        canvas.DrawCircle(x, y - 2, 6, paint);
        ChartPainter.Text(canvas, string.Create(CultureInfo.InvariantCulture, $"mean {mean:0.00}"), x, y + 20, font, ReportPalette.Navy, SKTextAlign.Center);
    }
}
