using ContentPacker.Reports;
using SkiaSharp;

namespace ContentPacker.Tests.Reports;

public sealed class ChartTests
{
    // Bars are filled with the accent colour; their inside is flat, so a sample away from the rounded ends matches
    // it exactly but for PNG-free rounding: 6 per channel covers antialiasing one pixel in from an edge.
    private const int Tolerance = 6;

    [Test]
    public void A_bar_chart_draws_one_accent_bar_per_non_zero_count_with_lengths_as_shares()
    {
        using var fonts = new ChartFonts();
        var spec = new ChartSpec("Careers?", "15 answered", [new("Lab", 5), new("Theatre", 0), new("Engineering", 3), new("Digital", 7)], 15);

        using var bitmap = SKBitmap.Decode(BarChart.Render(spec, fonts));

        var left = BarChart.BarLeft(spec.Bars.Select(b => b.Label), fonts);
        var runs = AccentRuns(Enumerable.Range(0, bitmap.Height).Select(y => bitmap.GetPixel((int)left + 6, y)));
        Assert.That(bitmap.Width, Is.EqualTo(ChartLayout.Width));
        Assert.That(bitmap.Height, Is.EqualTo(ChartLayout.BarChartHeight(4)));
        Assert.That(runs, Is.EqualTo(3));
        var length = ChartLayout.Width - ChartLayout.Pad - ChartLayout.ValueWidth - left;
        var row = (int)(ChartLayout.RowTop(3) + ChartLayout.RowHeight / 2);
        var end = Enumerable.Range((int)left, (int)length).Last(x => IsAccent(bitmap.GetPixel(x, row)));
        Assert.That(end - left, Is.EqualTo(length * 7 / 15).Within(2), "the bar of 7 of 15 covers 7/15 of its track");
    }

    [Test]
    public void A_breakdown_bar_chart_runs_its_largest_bar_to_the_end_of_the_track()
    {
        // Given 50 kiosks' shares of 1,000 responses: 30, 20, then 48 of 19 each
        using var fonts = new ChartFonts();
        var bars = new List<ChartBar> { new("a", 30), new("b", 20) };
        bars.AddRange(Enumerable.Range(0, 48).Select(i => new ChartBar($"k{i}", 19)));
        var spec = new ChartSpec("Responses by kiosk", "50 kiosks", bars, 962, ScaleToLargest: true);

        using var bitmap = SKBitmap.Decode(BarChart.Render(spec, fonts));

        // Then the 30 fills its track and the 20 two thirds of it, not 3% and 2% of it
        var left = BarChart.BarLeft(spec.Bars.Select(b => b.Label), fonts);
        var length = ChartLayout.Width - ChartLayout.Pad - ChartLayout.ValueWidth - left;
        float End(int index)
        {
            var row = (int)(ChartLayout.RowTop(index) + ChartLayout.RowHeight / 2);
            return Enumerable.Range((int)left, (int)length + 1).Last(x => IsAccent(bitmap.GetPixel(x, row))) - left;
        }

        Assert.That(End(0), Is.EqualTo(length).Within(2));
        Assert.That(End(1), Is.EqualTo(length * 20 / 30).Within(2));
    }

    [Test]
    public void A_scale_chart_draws_a_column_per_answered_value()
    {
        using var fonts = new ChartFonts();
        var spec = new ChartSpec("Rating?", "11 answered", [new("1", 0), new("2", 2), new("3", 5), new("4", 3), new("5", 1)], 11, Mean: 3.27);

        using var bitmap = SKBitmap.Decode(ColumnChart.Render(spec, fonts));

        var y = (int)ChartLayout.ColumnBaseline - 2;
        Assert.That(AccentRuns(Enumerable.Range(0, bitmap.Width).Select(x => bitmap.GetPixel(x, y))), Is.EqualTo(4));
        Assert.That(IsAccent(bitmap.GetPixel((int)ColumnChart.Centre(0, 5), y)), Is.False, "no answers of 1, no column");
        var tallest = Enumerable.Range(0, y).First(row => IsAccent(bitmap.GetPixel((int)ColumnChart.Centre(2, 5), row)));
        var fourth = Enumerable.Range(0, y).First(row => IsAccent(bitmap.GetPixel((int)ColumnChart.Centre(3, 5), row)));
        Assert.That((double)(y - fourth) / (y - tallest), Is.EqualTo(3.0 / 5).Within(0.03), "column heights are proportional to counts");
    }

    private static bool IsAccent(SKColor c) =>
        Math.Abs(c.Red - ReportPalette.Accent.Red) <= Tolerance && Math.Abs(c.Green - ReportPalette.Accent.Green) <= Tolerance
        && Math.Abs(c.Blue - ReportPalette.Accent.Blue) <= Tolerance;

    private static int AccentRuns(IEnumerable<SKColor> line)
    {
        var runs = 0;
        var inside = false;
        foreach (var colour in line)
        {
            var accent = IsAccent(colour);
            if (accent && !inside) runs++;
            inside = accent;
        }

        return runs;
    }
}
