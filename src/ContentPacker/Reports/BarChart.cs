using SkiaSharp;

namespace ContentPacker.Reports;

/// <summary>A horizontal bar chart: one row per bar, its label on the left, its count and percentage on the right.</summary>
internal static class BarChart
{
    /// <summary>The left edge of every bar for these labels (the label column's width depends on them).</summary>
    public static float BarLeft(IEnumerable<string> labels, ChartFonts fonts)
    {
        using var font = fonts.Regular(15);
        var widest = labels.Select(l => font.MeasureText(l)).DefaultIfEmpty(0).Max();
        return ChartLayout.Pad + Math.Clamp(widest, 60, ChartLayout.LabelWidthMax) + 16;
    }

    public static byte[] Render(ChartSpec spec, ChartFonts fonts)
    {
        using var bitmap = ChartPainter.Start(ChartLayout.BarChartHeight(spec.Bars.Count), spec, fonts, out var canvas);
        using (canvas)
        {
            using var label = fonts.Regular(15);
            using var value = fonts.Bold(14);
            var left = BarLeft(spec.Bars.Select(b => b.Label), fonts);
            var length = ChartLayout.Width - ChartLayout.Pad - ChartLayout.ValueWidth - left;
            // A question's bars are shares of the total, so the track is 100% and a multiple choice's bars can be
            // compared; a breakdown's run to its largest bar.
            var largest = spec.Bars.Select(b => b.Count).DefaultIfEmpty(0).Max();
            var max = Math.Max(1, spec.ScaleToLargest ? largest : Math.Max(spec.Total, largest));
            for (var i = 0; i < spec.Bars.Count; i++)
            {
                var bar = spec.Bars[i];
                var top = ChartLayout.RowTop(i) + (ChartLayout.RowHeight - ChartLayout.BarHeight) / 2;
                var middle = top + ChartLayout.BarHeight / 2 + 5;
                ChartPainter.Text(canvas, ChartFonts.Fit(label, bar.Label, left - ChartLayout.Pad - 16), left - 16, middle, label, ReportPalette.Navy, SKTextAlign.Right);
                ChartPainter.Fill(canvas, new SKRect(left, top, left + length, top + ChartLayout.BarHeight), ReportPalette.Track);
                var filled = length * bar.Count / max;
                if (bar.Count > 0) ChartPainter.Fill(canvas, new SKRect(left, top, left + Math.Max(filled, 4), top + ChartLayout.BarHeight), ReportPalette.Accent);
                ChartPainter.Text(canvas, ChartPainter.Value(bar.Count, spec.Total), left + length + 12, middle, value, ReportPalette.Navy);
            }
        }

        return ChartPainter.Png(bitmap);
    }
}
