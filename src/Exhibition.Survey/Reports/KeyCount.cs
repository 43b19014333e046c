namespace Exhibition.Survey.Reports;

/// <summary>How many times a key (an option id, a language, a kiosk, a date) was counted.</summary>
/// <param name="Key">The key.</param>
/// <param name="Count">How many.</param>
public readonly record struct KeyCount(string Key, int Count);
