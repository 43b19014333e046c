using System.Text.Json;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Validation;

public static partial class SurveyLineParser
{
    private static void ReadAnswers(
        JsonElement answers, Bundle.Model.Survey survey, Dictionary<string, SurveyAnswer> read, List<SurveyProblem> problems)
    {
        foreach (var property in answers.EnumerateObject())
        {
            var question = survey.Questions.FirstOrDefault(q => q.Id == property.Name);
            if (question is null) problems.Add(new(property.Name, "is not a question of this survey"));
            else if (read.ContainsKey(property.Name)) problems.Add(new(property.Name, "is answered more than once"));
            else if (TryRead(question.Kind, property.Value) is { } answer) read.Add(property.Name, answer);
            else problems.Add(new(property.Name, $"needs a {ResponseValidator.KindName(question.Kind)} answer, got {Describe(property.Value)}"));
        }
    }

    private static SurveyAnswer? TryRead(QuestionKind kind, JsonElement value) => (kind, value.ValueKind) switch
    {
        (QuestionKind.YesNo, JsonValueKind.True or JsonValueKind.False) => SurveyAnswer.YesNo(value.GetBoolean()),
        (QuestionKind.Single, JsonValueKind.String) => SurveyAnswer.Single(value.GetString()!),
        (QuestionKind.Multi, JsonValueKind.Array) when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            SurveyAnswer.Multi(value.EnumerateArray().Select(e => e.GetString()!)),
        (QuestionKind.Scale, JsonValueKind.Number) when value.TryGetInt32(out var scale) => SurveyAnswer.Scale(scale),
        (QuestionKind.Text, JsonValueKind.String) => SurveyAnswer.Text(value.GetString()!),
        _ => null,
    };

    // Names the JSON type only, so that a mistyped free-text answer never reaches a message or a log.
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => value.TryGetInt32(out _) ? "a number" : "a number that is not a whole number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
