using System.Globalization;
using System.Text.Json;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Json;

public static partial class SurveyResponseJson
{
    /// <summary>Reads one export line.</summary>
    /// <exception cref="FormatException">The line is not a response in the export format; the message names the field.</exception>
    public static SurveyResponse Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Guarded(() =>
        {
            using var document = JsonDocument.Parse(line);
            return ParseCore(document.RootElement);
        });
    }

    /// <summary>Reads one response already parsed as JSON (an element of an upload batch).</summary>
    /// <exception cref="FormatException">It is not a response in the export format; the message names the field.</exception>
    public static SurveyResponse Parse(JsonElement element) => Guarded(() => ParseCore(element));

    /// <summary>Reads one export line from its UTF-8 bytes (no string made of the whole line).</summary>
    /// <exception cref="FormatException">The line is not a response in the export format, or not valid UTF-8.</exception>
    internal static SurveyResponse Parse(ReadOnlyMemory<byte> utf8Line) => Guarded(() =>
    {
        // The reader rejects invalid UTF-8 in strings, and anywhere else it is not JSON.
        using var document = JsonDocument.Parse(utf8Line);
        return ParseCore(document.RootElement);
    });

    // Whatever a malformed response throws while it is read, the caller gets one FormatException naming the field.
    private static SurveyResponse Guarded(Func<SurveyResponse> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Not a survey response line: {e.Message}", e);
        }
    }

    private static SurveyResponse ParseCore(JsonElement root) => new()
    {
        Id = Guid.ParseExact(root.GetProperty("id").GetString()!, "D"),
        BundleId = root.GetProperty("bundleId").GetString()!,
        BundleVersion = root.GetProperty("bundleVersion").GetString()!,
        Language = root.GetProperty("language").GetString()!,
        KioskId = root.GetProperty("kioskId").GetString()!,
        Date = DateOnly.ParseExact(root.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Hour = root.GetProperty("hour").GetInt32(),
        VisitLength = SurveyJsonNames.Parse<VisitLengthBand>(root.GetProperty("visitLength").GetString()!),
        State = SurveyJsonNames.Parse<ResponseState>(root.GetProperty("state").GetString()!),
        Answers = root.GetProperty("answers").EnumerateObject()
            .ToDictionary(p => p.Name, p => ReadAnswer(p.Value), StringComparer.Ordinal),
    };

    private static SurveyAnswer ReadAnswer(JsonElement answer)
    {
        var value = answer.GetProperty("value");
        return SurveyJsonNames.Parse<QuestionKind>(answer.GetProperty("kind").GetString()!) switch
        {
            QuestionKind.YesNo => SurveyAnswer.YesNo(value.GetBoolean()),
            QuestionKind.Single => SurveyAnswer.Single(value.GetString()!),
            QuestionKind.Multi => SurveyAnswer.Multi(value.EnumerateArray().Select(o => o.GetString()!)),
            QuestionKind.Scale => SurveyAnswer.Scale(value.GetInt32()),
            _ => SurveyAnswer.Text(value.GetString()!),
        };
    }
}
