namespace ContentPacker.Reports;

/// <summary>One bar of a chart.</summary>
/// <param name="Label">What it counts (an option's label, a language, a day).</param>
/// <param name="Count">How many.</param>
internal readonly record struct ChartBar(string Label, int Count);
