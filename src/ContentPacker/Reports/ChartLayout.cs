namespace ContentPacker.Reports;

/// <summary>Chart geometry in pixels, shared by the painters and by the tests that sample their bars.</summary>
internal static class ChartLayout
{
    public const int Width = 880;
    public const float Pad = 28;
    public const float HeaderHeight = 78;
    public const float RowHeight = 40;
    public const float BarHeight = 24;
    public const float LabelWidthMax = 320;
    public const float ValueWidth = 128;
    public const float ColumnPlotHeight = 240;
    public const float ColumnAxisHeight = 64;

    /// <summary>The horizontal chart's height for <paramref name="bars"/> rows.</summary>
    public static int BarChartHeight(int bars) => (int)(HeaderHeight + Math.Max(bars, 1) * RowHeight + Pad);

    /// <summary>The column chart's height.</summary>
    public static int ColumnChartHeight => (int)(HeaderHeight + ColumnPlotHeight + ColumnAxisHeight + Pad);

    /// <summary>The top of the horizontal chart's row <paramref name="index"/>.</summary>
    public static float RowTop(int index) => HeaderHeight + index * RowHeight;

    /// <summary>The column chart's baseline (the value axis' zero).</summary>
    public static float ColumnBaseline => HeaderHeight + ColumnPlotHeight;
}
