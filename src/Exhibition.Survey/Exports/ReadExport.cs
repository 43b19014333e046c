using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Exports;

/// <summary>One export read and checked.</summary>
/// <param name="Source">The file the responses came from (the <c>.jsonl</c>).</param>
/// <param name="Manifest">Its manifest, whose sizes and hashes were checked; null for a bare <c>.jsonl</c>.</param>
/// <param name="Responses">Its responses, in file order.</param>
public sealed record ReadExport(string Source, SurveyExportManifest? Manifest, IReadOnlyList<SurveyResponse> Responses);
