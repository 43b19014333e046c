using System.Text.Json;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Validation;

/// <summary>
/// Reads one <c>survey record</c> line, <c>{"language": "en", "answers": {"&lt;question id&gt;": value}}</c>, where a
/// value is true/false (yes/no), an option id (single), an array of option ids (multi), 1–5 (scale) or a string (text).
/// The survey gives each value its kind; <see cref="ResponseValidator"/> then checks options, ranges and lengths.
/// </summary>
public static partial class SurveyLineParser
{
    /// <summary>Reads <paramref name="line"/> against <paramref name="survey"/>; problems name the question.</summary>
    public static ParsedSurveyLine Parse(string line, Bundle.Model.Survey survey)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(survey);
        try
        {
            using var document = JsonDocument.Parse(line);
            return ParseCore(document.RootElement, survey);
        }
        catch (JsonException e)
        {
            // The parser's message gives the position only; it never echoes the content.
            return Failed(new SurveyProblem(null, $"is not valid JSON ({e.Message})"));
        }
    }

    private static ParsedSurveyLine ParseCore(JsonElement root, Bundle.Model.Survey survey)
    {
        if (root.ValueKind != JsonValueKind.Object) return Failed(new(null, "must be a JSON object"));
        var problems = new List<SurveyProblem>();
        string? language = null;
        if (!root.TryGetProperty("language", out var languageElement)) problems.Add(new(null, "has no \"language\""));
        else if (languageElement.ValueKind != JsonValueKind.String) problems.Add(new(null, "\"language\" must be a string"));
        else language = languageElement.GetString();

        var answers = new Dictionary<string, SurveyAnswer>(StringComparer.Ordinal);
        if (!root.TryGetProperty("answers", out var answersElement)) problems.Add(new(null, "has no \"answers\""));
        else if (answersElement.ValueKind != JsonValueKind.Object) problems.Add(new(null, "\"answers\" must be an object"));
        else ReadAnswers(answersElement, survey, answers, problems);

        foreach (var property in root.EnumerateObject().Where(p => p.Name is not ("language" or "answers")))
        {
            problems.Add(new(null, $"has an unknown field \"{property.Name}\""));
        }

        return new ParsedSurveyLine(language, answers, problems);
    }

    private static ParsedSurveyLine Failed(SurveyProblem problem) =>
        new(null, new Dictionary<string, SurveyAnswer>(), [problem]);
}
