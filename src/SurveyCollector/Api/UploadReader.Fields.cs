using Exhibition.Survey.Json;
using System.Text.Json;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.SurveyCollector.Api;

internal static partial class UploadReader
{
    private static readonly HashSet<string> Kinds = Names<QuestionKind>();
    private static readonly HashSet<string> Bands = Names<VisitLengthBand>();
    private static readonly HashSet<string> States = Names<ResponseState>();

    private static HashSet<string> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(SurveyJsonNames.Of).ToHashSet(StringComparer.Ordinal);

    private static string? OneOf(JsonElement value, string field, HashSet<string> names) =>
        names.Contains(value.GetString()!) ? null : $".{field}: must be one of {string.Join(", ", names)}";

    // The shape, field by field, so that a problem names its field (the parser's own messages do not always).
    private static string? Check(JsonElement response)
    {
        if (response.ValueKind != JsonValueKind.Object) return ": must be a JSON object";
        foreach (var name in StringFields)
        {
            if (!response.TryGetProperty(name, out var value)) return $".{name}: missing";
            if (value.ValueKind != JsonValueKind.String) return $".{name}: must be a string";
            if (value.GetString()!.Length is 0 or > MaxFieldLength) return $".{name}: must be 1 to {MaxFieldLength} characters";
        }

        var problem = OneOf(response.GetProperty("visitLength"), "visitLength", Bands) ?? OneOf(response.GetProperty("state"), "state", States);
        if (problem is not null) return problem;
        if (!response.TryGetProperty("hour", out var hour)) return ".hour: missing";
        if (hour.ValueKind != JsonValueKind.Number || !hour.TryGetInt32(out _)) return ".hour: must be an integer";
        if (!response.TryGetProperty("answers", out var answers)) return ".answers: missing";
        if (answers.ValueKind != JsonValueKind.Object) return ".answers: must be an object";
        var count = 0;
        foreach (var answer in answers.EnumerateObject())
        {
            if (++count > MaxAnswers) return $".answers: more than {MaxAnswers} answers";
            if (answer.Name.Length is 0 or > MaxFieldLength) return $".answers: a question id must be 1 to {MaxFieldLength} characters";
            if (answer.Value.ValueKind != JsonValueKind.Object) return $".answers.{answer.Name}: must be an object";
            if (!answer.Value.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
                return $".answers.{answer.Name}.kind: missing or not a string";
            if (OneOf(kind, $"answers.{answer.Name}.kind", Kinds) is { } badKind) return badKind;
            if (!answer.Value.TryGetProperty("value", out _)) return $".answers.{answer.Name}.value: missing";
        }

        return null;
    }
}
