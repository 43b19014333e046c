namespace Exhibition.Survey.Reports;

/// <summary>How many times a scale value was answered.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">How many.</param>
public readonly record struct ValueCount(int Value, int Count);
