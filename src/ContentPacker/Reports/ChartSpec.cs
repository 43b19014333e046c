namespace ContentPacker.Reports;

/// <summary>What a chart shows.</summary>
/// <param name="Title">The heading (a question's text).</param>
/// <param name="Subtitle">A line under it (how many answered, the mean).</param>
/// <param name="Bars">The bars in order.</param>
/// <param name="Total">What percentages are of (respondents to the question).</param>
/// <param name="Mean">For a scale: the mean, marked on the value axis.</param>
/// <param name="ScaleToLargest">Bars run to the largest bar rather than to the total: for breakdowns over many kiosks
/// or days, where each is a small share and bars of a share of 100% would be slivers.</param>
internal sealed record ChartSpec(string Title, string Subtitle, IReadOnlyList<ChartBar> Bars, int Total, double? Mean = null, bool ScaleToLargest = false);
