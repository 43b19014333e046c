using System.Globalization;
using System.Text;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Storage;

/// <summary>
/// Responses as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line
/// break): the fixed columns, then one column per question id. A yes/no is <c>yes</c>/<c>no</c>, a multiple choice
/// <c>a;b</c>, an unanswered question an empty field. A text that a spreadsheet would run as a formula (starting with
/// <c>= + - @</c>) is prefixed with <c>'</c>; the JSON-lines file keeps it exactly.
/// </summary>
public static class SurveyExportCsv
{
    /// <summary>The columns before the questions.</summary>
    public static readonly IReadOnlyList<string> FixedColumns =
        ["id", "kioskId", "bundleId", "bundleVersion", "language", "date", "hour", "visitLength"];

    /// <summary>
    /// The question columns: <paramref name="survey"/>'s questions in its order, then any other question answered,
    /// sorted by id (ordinal), so the same responses always give the same columns.
    /// </summary>
    public static IReadOnlyList<string> QuestionColumns(IEnumerable<SurveyResponse> responses, Exhibition.Bundle.Model.Survey? survey = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var declared = survey?.Questions.Select(q => q.Id).ToList() ?? [];
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var response in responses) seen.UnionWith(response.Answers.Keys);
        seen.ExceptWith(declared);
        return [.. declared, .. seen];
    }

    /// <summary>Writes a header and one row per response, UTF-8 without a byte-order mark; returns the rows written.</summary>
    public static int Write(Stream stream, IEnumerable<SurveyResponse> responses, IReadOnlyList<string> questionColumns)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(questionColumns);
        using var writer = OpenWriter(stream);
        WriteHeader(writer, questionColumns);
        var row = new string[FixedColumns.Count + questionColumns.Count];
        var rows = 0;
        foreach (var response in responses)
        {
            WriteResponse(writer, row, response, questionColumns);
            rows++;
        }

        return rows;
    }

    // Row by row, for an export that writes its CSV and JSON-lines files in one pass.
    internal static StreamWriter OpenWriter(Stream stream) =>
        new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };

    internal static void WriteHeader(StreamWriter writer, IReadOnlyList<string> questionColumns) =>
        WriteRow(writer, [.. FixedColumns, .. questionColumns]);

    // row: a buffer of FixedColumns.Count + questionColumns.Count fields, reused from row to row.
    internal static void WriteResponse(StreamWriter writer, string[] row, SurveyResponse response, IReadOnlyList<string> questionColumns)
    {
        Fill(row, response, questionColumns);
        WriteRow(writer, row);
    }

    private static void Fill(string[] row, SurveyResponse response, IReadOnlyList<string> questions)
    {
        row[0] = response.Id.ToString("D");
        row[1] = response.KioskId;
        row[2] = response.BundleId;
        row[3] = response.BundleVersion;
        row[4] = response.Language;
        row[5] = response.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row[6] = response.Hour.ToString(CultureInfo.InvariantCulture);
        row[7] = Json.SurveyJsonNames.Of(response.VisitLength);
        for (var i = 0; i < questions.Count; i++)
        {
            row[FixedColumns.Count + i] = response.Answers.TryGetValue(questions[i], out var answer) ? Cell(answer) : "";
        }
    }

    /// <summary>How an answer reads in a cell (before quoting).</summary>
    public static string Cell(SurveyAnswer answer) => answer.Kind switch
    {
        QuestionKind.YesNo => answer.AsYesNo ? "yes" : "no",
        QuestionKind.Single => answer.AsSingle,
        QuestionKind.Multi => string.Join(';', answer.AsMulti),
        QuestionKind.Scale => answer.AsScale.ToString(CultureInfo.InvariantCulture),
        _ => Defuse(answer.AsText),
    };

    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }

        writer.WriteLine();
    }

    private static void WriteField(StreamWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
