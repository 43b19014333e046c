using Exhibition.Survey.Exports;
using Exhibition.Survey.Json;
using Exhibition.Survey.Model;
using Exhibition.Survey.Reports;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Exports;

public sealed class ExportMergerTests
{
    [Test]
    public void Overlapping_exports_from_many_kiosks_count_each_response_once()
    {
        // Given three kiosks; each exports, stores more, then exports everything again (overlapping the first)
        using var temp = new TempDirectory();
        var distinct = new HashSet<Guid>();
        for (var kiosk = 0; kiosk < 3; kiosk++)
        {
            using var store = Responses.FilledStore(temp.Sub($"kiosk{kiosk}"), 10 + kiosk);
            store.Export(temp.Sub("usb"));
            store.StoreBatch(Enumerable.Range(100, 5).Select(i => Responses.Varied(store.KioskId, i)));
            store.Export(temp.Sub("usb"), all: true);
            distinct.UnionWith(store.Ids());
        }

        // When the folder is read and merged
        var merged = ExportMerger.Merge(ExportReader.Read(temp.Sub("usb")));
        var report = SurveyReport.Build(merged.Responses);

        // Then each response is there once, the copies counted as duplicates, and none reported as differing
        Assert.That(distinct, Has.Count.EqualTo(10 + 11 + 12 + 15));
        Assert.That(merged.Responses.Select(r => r.Id), Is.EquivalentTo(distinct));
        Assert.That(merged.DuplicatesIgnored, Is.EqualTo(10 + 11 + 12));
        Assert.That(merged.Warnings, Is.Empty);
        Assert.That(report.Responses, Is.EqualTo(distinct.Count));
        Assert.That(report.ByKiosk.Select(k => k.Count), Is.EquivalentTo(new[] { 15, 16, 17 }));
    }

    [Test]
    public void Copies_of_a_response_that_differ_are_reported_naming_both_files()
    {
        var response = Responses.Varied("k", 1);
        var edited = response with { Answers = new Dictionary<string, SurveyAnswer>(response.Answers) { [SampleSurvey.Scale] = SurveyAnswer.Scale(5) } };
        var a = new ReadExport("a.jsonl", null, [response]);
        var b = new ReadExport("b.jsonl", null, [edited]);

        var merged = ExportMerger.Merge([a, b]);

        Assert.That(merged.Responses.Single().Answers[SampleSurvey.Scale], Is.EqualTo(response.Answers[SampleSurvey.Scale]));
        Assert.That(merged.Warnings.Single(), Does.Contain(response.Id.ToString()).And.Contain("a.jsonl").And.Contain("b.jsonl"));
    }

    [Test]
    public void Copies_that_differ_only_in_state_are_the_same_response()
    {
        var response = SurveyResponseJson.Parse(SurveyResponseJson.ToLine(Responses.Varied("k", 2)));

        var merged = ExportMerger.Merge([
            new ReadExport("a.jsonl", null, [response with { State = ResponseState.Exported }]),
            new ReadExport("b.jsonl", null, [response with { State = ResponseState.Synced }]),
        ]);

        Assert.That(merged.Warnings, Is.Empty);
        Assert.That(merged.DuplicatesIgnored, Is.EqualTo(1));
    }
}
