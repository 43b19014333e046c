namespace Exhibition.Survey.Storage;

/// <summary>An export file written by <see cref="SurveyStore.Export"/>.</summary>
/// <param name="FilePath">The JSON-lines file, one response per line.</param>
/// <param name="Count">How many responses it holds.</param>
public readonly record struct SurveyExport(string FilePath, int Count);
