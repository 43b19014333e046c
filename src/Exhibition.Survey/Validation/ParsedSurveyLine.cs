using Exhibition.Survey.Model;

namespace Exhibition.Survey.Validation;

/// <summary>What a <c>survey record</c> input line holds, or why it cannot be read.</summary>
/// <param name="Language">The language, or null when missing.</param>
/// <param name="Answers">The answers that could be read, by question id.</param>
/// <param name="Problems">Why the line (or some of its answers) cannot be read; empty when all was read.</param>
public sealed record ParsedSurveyLine(
    string? Language, IReadOnlyDictionary<string, SurveyAnswer> Answers, IReadOnlyList<SurveyProblem> Problems);
