namespace ContentPacker.Reports;

/// <summary>One section of the report: a chart (or, for text answers, none) and the table of its numbers.</summary>
/// <param name="Anchor">The section's id in the HTML.</param>
/// <param name="ChartFile">The PNG's name under <c>charts/</c>; null when there is no chart.</param>
/// <param name="Spec">What the chart and table show.</param>
/// <param name="Columns">Drawn as columns (a scale, days) rather than horizontal bars.</param>
/// <param name="Keys">The raw ids behind the bars' labels (shown in the table when they differ).</param>
internal sealed record ReportFigure(string Anchor, string? ChartFile, ChartSpec Spec, bool Columns, IReadOnlyList<string> Keys);
