namespace Exhibition.Survey.Storage;

/// <summary>One export written by <see cref="SurveyStore.Export(string, bool)"/>: three files side by side.</summary>
/// <param name="ManifestPath">The manifest (<c>….manifest.json</c>), written last: its presence means the export is whole.</param>
/// <param name="FilePath">The JSON-lines file, one response per line (the lossless form).</param>
/// <param name="CsvPath">The same responses as CSV, one row each, one column per question.</param>
/// <param name="Count">How many responses it holds.</param>
public readonly record struct SurveyExport(string ManifestPath, string FilePath, string CsvPath, int Count);
