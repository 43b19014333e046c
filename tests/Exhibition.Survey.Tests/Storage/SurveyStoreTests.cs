using Exhibition.Survey.Json;
using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Storage;

public sealed class SurveyStoreTests
{
    [Test]
    public void A_stored_response_reads_back_equal_after_reopening()
    {
        using var temp = new TempDirectory();
        var response = Answers.Response();
        using (var store = SurveyStore.Open(temp.Path)) store.Store(response);

        using var reopened = SurveyStore.Open(temp.Path);
        var read = reopened.Find(response.Id);

        Assert.That(read, Is.Not.Null);
        Assert.That(read!.Answers, Is.EquivalentTo(response.Answers));
        Assert.That(read with { Answers = response.Answers }, Is.EqualTo(response));
    }

    [Test]
    public void Stats_count_responses_by_state()
    {
        using var temp = new TempDirectory();
        using var store = SurveyStore.Open(temp.Path);
        var ids = Enumerable.Range(0, 6).Select(_ => Answers.Response(store.KioskId)).Select(r => { store.Store(r); return r.Id; }).ToList();

        var exported = store.MarkExported(ids.Take(3));
        var synced = store.MarkSynced(ids.Skip(3).Take(1).Append(Guid.NewGuid()));

        Assert.That((exported, synced), Is.EqualTo((3, 1)));
        Assert.That(store.Stats(), Is.EqualTo(new SurveyStats(2, 3, 1)));
        Assert.That(store.Pending(10).Select(r => r.Id), Is.EquivalentTo(ids.Skip(4)));
        Assert.That(store.Pending(1), Has.Count.EqualTo(1));
    }

    [Test]
    public void Storing_the_same_response_twice_is_refused()
    {
        using var temp = new TempDirectory();
        using var store = SurveyStore.Open(temp.Path);
        var response = Answers.Response();
        store.Store(response);

        Assert.That(() => store.Store(response), Throws.TypeOf<SurveyStoreException>().With.Message.Contains("already stored"));
        Assert.That(store.Stats().Total, Is.EqualTo(1));
    }

    [Test]
    public void Export_writes_pending_responses_as_json_lines_and_marks_them_exported()
    {
        using var temp = new TempDirectory();
        using var store = SurveyStore.Open(temp.Sub("data"));
        var responses = Enumerable.Range(0, 3).Select(_ => Answers.Response(store.KioskId)).ToList();
        responses.ForEach(store.Store);

        var export = store.Export(temp.Sub("usb"));
        var second = store.Export(temp.Sub("usb"));

        var lines = File.ReadAllLines(export.FilePath);
        Assert.That(export.Count, Is.EqualTo(3));
        Assert.That(lines, Has.Length.EqualTo(3));
        var read = lines.Select(SurveyResponseJson.Parse).ToList();
        Assert.That(read.Select(r => r.Id), Is.EquivalentTo(responses.Select(r => r.Id)));
        Assert.That(read.Select(r => r.State), Is.All.EqualTo(ResponseState.Exported));
        Assert.That(read[0].Answers, Is.EquivalentTo(responses.Single(r => r.Id == read[0].Id).Answers));
        Assert.That(Path.GetFileName(export.FilePath), Does.StartWith($"survey-{store.KioskId}-").And.EndWith(".jsonl"));
        Assert.That(store.Stats(), Is.EqualTo(new SurveyStats(0, 3, 0)));
        Assert.That(second.Count, Is.Zero);
        Assert.That(Directory.GetFiles(temp.Sub("usb"), "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void An_export_line_holds_only_the_anonymous_fields()
    {
        var line = SurveyResponseJson.ToLine(Answers.Response());

        using var document = System.Text.Json.JsonDocument.Parse(line);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name);
        Assert.That(names, Is.EquivalentTo(new[] { "id", "bundleId", "bundleVersion", "language", "kioskId", "date", "hour", "visitLength", "state", "answers" }));
        Assert.That(line, Does.Contain("\"hour\":14").And.Contain("\"visitLength\":\"5to10\"").And.Not.Contain(":37"));
    }
}
