using System.Globalization;
using System.Text.Json;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Json;
using Exhibition.Survey.Model;

namespace Exhibition.SurveyCollector.Api;

/// <summary>
/// Reads an upload body, <c>{"responses": [ ... ]}</c> in the survey's export shape, and checks it; a problem is
/// reported with the index and field, e.g. <c>responses[3].hour: must be 0 to 23</c>, never with the answer itself.
/// </summary>
internal static partial class UploadReader
{
    public const int MaxBatch = 1000;
    private const int MaxFieldLength = 200;
    private const int MaxAnswers = 200;
    private const int MaxTextLength = 4000;

    private static readonly string[] StringFields = ["id", "bundleId", "bundleVersion", "language", "kioskId", "date", "visitLength", "state"];

    /// <summary>The responses, or the first problem found.</summary>
    public static (List<SurveyResponse>? Responses, string? Problem) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("responses", out var array) || array.ValueKind != JsonValueKind.Array)
            return (null, "the body must be a JSON object with a 'responses' array");
        var count = array.GetArrayLength();
        if (count is 0 or > MaxBatch) return (null, $"'responses' must hold 1 to {MaxBatch} responses, not {count}");
        var responses = new List<SurveyResponse>(count);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            SurveyResponse? response = null;
            var problem = Check(element) ?? Parse(element, out response);
            if (problem is not null) return (null, string.Create(CultureInfo.InvariantCulture, $"responses[{index}]{problem}"));
            responses.Add(response!);
            index++;
        }

        return (responses, null);
    }

    private static string? Parse(JsonElement element, out SurveyResponse? response)
    {
        response = null;
        try
        {
            response = SurveyResponseJson.Parse(element);
        }
        catch (FormatException e)
        {
            return ": " + e.Message;
        }

        if (response.Id == Guid.Empty) return ".id: must not be the empty UUID";
        if (response.Hour is < 0 or > 23) return ".hour: must be 0 to 23";
        var longText = response.Answers.FirstOrDefault(a => a.Value.Kind == QuestionKind.Text && a.Value.AsText.Length > MaxTextLength);
        return longText.Key is null ? null : $".answers.{longText.Key}: text longer than {MaxTextLength} characters";
    }
}
