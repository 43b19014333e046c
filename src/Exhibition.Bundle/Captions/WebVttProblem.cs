namespace Exhibition.Bundle.Captions;

/// <summary>Something wrong in a WebVTT file.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public readonly record struct WebVttProblem(int Line, string Message);
