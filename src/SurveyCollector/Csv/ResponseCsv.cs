using Exhibition.Survey.Json;
using System.Globalization;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.SurveyCollector.Csv;

/// <summary>
/// Responses as CSV (RFC 4180, UTF-8, CRLF), one row per response: <c>id, bundle_id, bundle_version, language,
/// kiosk_id, date, hour, visit_length</c>, then one column per question id. A cell holds <c>yes</c>/<c>no</c>, an
/// option id, option ids joined by <c>;</c>, a scale value or the text; empty when not answered.
/// </summary>
internal static class ResponseCsv
{
    private static readonly string[] Fixed = ["id", "bundle_id", "bundle_version", "language", "kiosk_id", "date", "hour", "visit_length"];

    public static int Write(IEnumerable<SurveyResponse> responses, IReadOnlyList<string> questionIds, TextWriter output)
    {
        WriteRow(output, Fixed.Concat(questionIds));
        var rows = 0;
        foreach (var r in responses)
        {
            WriteRow(output, new[]
            {
                r.Id.ToString("D"), r.BundleId, r.BundleVersion, r.Language, r.KioskId,
                r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Hour.ToString(CultureInfo.InvariantCulture),
                SurveyJsonNames.Of(r.VisitLength),
            }.Concat(questionIds.Select(q => r.Answers.TryGetValue(q, out var a) ? Cell(a) : "")));
            rows++;
        }

        return rows;
    }

    private static string Cell(SurveyAnswer answer) => answer.Kind switch
    {
        QuestionKind.YesNo => answer.AsYesNo ? "yes" : "no",
        QuestionKind.Single => answer.AsSingle,
        QuestionKind.Multi => string.Join(';', answer.AsMulti),
        QuestionKind.Scale => answer.AsScale.ToString(CultureInfo.InvariantCulture),
        _ => Defused(answer.AsText),
    };

    // A visitor's text that starts like a formula would run as one in a spreadsheet; a leading quote keeps it text.
    private static string Defused(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    private static void WriteRow(TextWriter output, IEnumerable<string> cells)
    {
        output.Write(string.Join(',', cells.Select(Quote)));
        output.Write("\r\n");
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
