using Exhibition.Survey.Model;

namespace Exhibition.Survey.Exports;

/// <summary>Responses merged from many exports, each id once.</summary>
/// <param name="Responses">The distinct responses, by date, hour, kiosk and id.</param>
/// <param name="DuplicatesIgnored">Copies of a response already taken (overlapping exports, <c>--all</c>).</param>
/// <param name="Warnings">One per id whose copies differ, naming both files; the first copy is kept.</param>
public sealed record MergedExports(IReadOnlyList<SurveyResponse> Responses, int DuplicatesIgnored, IReadOnlyList<string> Warnings);
