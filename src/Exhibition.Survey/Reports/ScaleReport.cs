namespace Exhibition.Survey.Reports;

/// <summary>The answers to a scale question.</summary>
/// <param name="Mean">The mean value, or null when none answered.</param>
/// <param name="Distribution">How many answered each value, lowest first (1 to 5, and any other value seen).</param>
public sealed record ScaleReport(double? Mean, IReadOnlyList<ValueCount> Distribution);
