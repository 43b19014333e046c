using System.Globalization;
using System.Text.Json;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Json;

/// <summary>
/// The export line format: one response per line, UTF-8 JSON, fields <c>id, bundleId, bundleVersion, language,
/// kioskId, date (yyyy-MM-dd), hour, visitLength, state, answers</c>; each answer is
/// <c>{"kind": "yesno|single|multi|scale|text", "value": ...}</c>, so a line reads back without the survey that
/// asked it (a question's kind may change between bundle versions). Merging exports from many kiosks: the id is unique.
/// </summary>
public static partial class SurveyResponseJson
{
    /// <summary>The response as one line of JSON, without the line break.</summary>
    public static string ToLine(SurveyResponse response) => System.Text.Encoding.UTF8.GetString(ToUtf8(response));

    /// <summary>The response as one line of UTF-8 JSON, without the line break.</summary>
    public static byte[] ToUtf8(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, response);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the response as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(response);
        writer.WriteStartObject();
        writer.WriteString("id", response.Id.ToString("D"));
        writer.WriteString("bundleId", response.BundleId);
        writer.WriteString("bundleVersion", response.BundleVersion);
        writer.WriteString("language", response.Language);
        writer.WriteString("kioskId", response.KioskId);
        writer.WriteString("date", response.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteNumber("hour", response.Hour);
        writer.WriteString("visitLength", SurveyJsonNames.Of(response.VisitLength));
        writer.WriteString("state", SurveyJsonNames.Of(response.State));
        writer.WriteStartObject("answers");
        foreach (var (questionId, answer) in response.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(questionId);
            writer.WriteString("kind", SurveyJsonNames.Of(answer.Kind));
            writer.WritePropertyName("value");
            WriteValue(writer, answer);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, SurveyAnswer answer)
    {
        switch (answer.Kind)
        {
            case QuestionKind.YesNo: writer.WriteBooleanValue(answer.AsYesNo); break;
            case QuestionKind.Single: writer.WriteStringValue(answer.AsSingle); break;
            case QuestionKind.Scale: writer.WriteNumberValue(answer.AsScale); break;
            case QuestionKind.Text: writer.WriteStringValue(answer.AsText); break;
            default:
                writer.WriteStartArray();
                foreach (var option in answer.AsMulti) writer.WriteStringValue(option);
                writer.WriteEndArray();
                break;
        }
    }
}
