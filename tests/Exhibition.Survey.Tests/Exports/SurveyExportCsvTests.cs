using System.Text;
using Exhibition.Survey.Exports;
using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Exports;

public sealed class SurveyExportCsvTests
{
    [Test]
    public void The_csv_of_an_export_round_trips_to_the_same_answers_as_its_json_lines()
    {
        // Given responses whose texts hold commas, quotes and line breaks
        using var temp = new TempDirectory();
        using var store = SurveyStore.Open(temp.Sub("data"));
        var texts = new[] { "plain", "a, b", "say \"hi\"", "two\r\nlines", "ünïcode ✓" };
        store.StoreBatch(texts.Select((t, i) => Responses.Varied(store.KioskId, i) with
        {
            Answers = new Dictionary<string, SurveyAnswer>(Responses.Varied(store.KioskId, i).Answers) { [SampleSurvey.Text] = SurveyAnswer.Text(t) },
        }));

        // When exported and the CSV read back with a strict RFC 4180 reader
        var export = store.Export(temp.Sub("usb"));
        var rows = Csv.Parse(File.ReadAllText(export.CsvPath, Encoding.UTF8));
        var responses = ExportReader.Read(export.ManifestPath).Single().Responses;

        // Then the header is the fixed columns and the question ids, sorted, and every cell is the answer
        var questions = new[] { SampleSurvey.Single, SampleSurvey.Multi, SampleSurvey.YesNo, SampleSurvey.Scale, SampleSurvey.Text }.Order(StringComparer.Ordinal);
        Assert.That(rows[0], Is.EqualTo(SurveyExportCsv.FixedColumns.Concat(questions)));
        Assert.That(rows, Has.Count.EqualTo(texts.Length + 1));
        foreach (var row in rows.Skip(1))
        {
            var response = responses.Single(r => r.Id == Guid.Parse(row[0]));
            Assert.That(row[1..8], Is.EqualTo(new[] { response.KioskId, response.BundleId, response.BundleVersion, response.Language, response.Date.ToString("yyyy-MM-dd"), response.Hour.ToString(), Json.SurveyJsonNames.Of(response.VisitLength) }));
            var header = rows[0];
            Assert.That(row[Array.IndexOf(header, SampleSurvey.Text)], Is.EqualTo(response.Answers[SampleSurvey.Text].AsText));
            Assert.That(row[Array.IndexOf(header, SampleSurvey.Multi)], Is.EqualTo(string.Join(';', response.Answers[SampleSurvey.Multi].AsMulti)));
            Assert.That(row[Array.IndexOf(header, SampleSurvey.YesNo)], Is.EqualTo(response.Answers[SampleSurvey.YesNo].AsYesNo ? "yes" : "no"));
            Assert.That(row[Array.IndexOf(header, SampleSurvey.Scale)], Is.EqualTo(response.Answers[SampleSurvey.Scale].AsScale.ToString()));
        }

        Assert.That(rows.Skip(1).Select(r => r[Array.IndexOf(rows[0], SampleSurvey.Text)]), Is.EquivalentTo(texts));
    }

    [Test]
    public void A_text_a_spreadsheet_would_run_as_a_formula_is_prefixed_in_the_csv_only()
    {
        var answer = SurveyAnswer.Text("=HYPERLINK(\"x\")");

        Assert.That(SurveyExportCsv.Cell(answer), Is.EqualTo("'=HYPERLINK(\"x\")"));
        Assert.That(SurveyExportCsv.Cell(SurveyAnswer.Text("fine")), Is.EqualTo("fine"));
    }

    [Test]
    public void Survey_questions_come_first_in_their_order_then_others_sorted()
    {
        var survey = SampleSurvey.Tour().Survey;
        var extra = Responses.Varied("k", 1) with
        {
            Answers = new Dictionary<string, SurveyAnswer> { ["zeta"] = SurveyAnswer.YesNo(true), ["alpha"] = SurveyAnswer.Scale(2) },
        };

        var columns = SurveyExportCsv.QuestionColumns([extra, Responses.Varied("k", 2)], survey);

        Assert.That(columns, Is.EqualTo(survey.Questions.Select(q => q.Id).Concat(["alpha", "zeta"])));
    }
}
