using Exhibition.Survey.Commands;
using Exhibition.Survey.Json;
using Exhibition.Survey.Reports;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Sync;
using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests.Sync;

[TestFixture]
public sealed class SyncCommandTests
{
    [Test]
    public async Task Survey_sync_sends_everything_pending_and_prints_what_it_sent()
    {
        using var kiosk = new TempDirectory();
        var ids = KioskData.FillStore(kiosk.Path, 30);
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        var output = new StringWriter();

        int code;
        using (var store = SurveyStore.Open(kiosk.Path))
            code = await SurveyCommands.SyncAsync(store, new SyncEndpoint(collector.Address, database.KioskToken), output, TextWriter.Null);

        Assert.That(code, Is.EqualTo(SurveyCommands.Ok));
        Assert.That(output.ToString(), Does.Contain("sent 30, stored 30, already held 0, batches 1"));
        Assert.That((await database.StoredAsync()).Ids.SetEquals(ids), Is.True);
        Assert.That(Kiosk.Stats(kiosk.Path).Synced, Is.EqualTo(30));
    }

    [Test]
    public async Task Survey_sync_exits_non_zero_and_keeps_everything_pending_when_nothing_listens()
    {
        using var kiosk = new TempDirectory();
        KioskData.FillStore(kiosk.Path, 5);
        var errors = new StringWriter();

        int code;
        using (var store = SurveyStore.Open(kiosk.Path))
            code = await SurveyCommands.SyncAsync(store, new SyncEndpoint(new Uri($"http://127.0.0.1:{CollectorProcess.FreePort()}/"), "t"), TextWriter.Null, errors);

        Assert.That(code, Is.EqualTo(SurveyCommands.SyncUnreachable));
        Assert.That(errors.ToString(), Does.Contain("could not be reached"));
        Assert.That(Kiosk.Stats(kiosk.Path).Pending, Is.EqualTo(5));
    }

    [Test]
    public async Task Survey_sync_with_a_revoked_token_exits_refused_and_marks_nothing()
    {
        using var kiosk = new TempDirectory();
        KioskData.FillStore(kiosk.Path, 5);
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        await CollectorCommandLine.RunAsync(["token", "revoke", "--db", database.ConnectionString, "--kiosk", "kiosk-1"], TextWriter.Null, TextWriter.Null);

        int code;
        using (var store = SurveyStore.Open(kiosk.Path))
            code = await SurveyCommands.SyncAsync(store, new SyncEndpoint(collector.Address, database.KioskToken), TextWriter.Null, TextWriter.Null);

        Assert.That(code, Is.EqualTo(SurveyCommands.SyncRefused));
        Assert.That(Kiosk.Stats(kiosk.Path).Pending, Is.EqualTo(5));
    }

    [Test]
    public async Task A_response_exported_to_usb_and_also_synced_is_counted_once()
    {
        // Given a kiosk that exported 10 responses to a stick, then stored 5 more
        using var kiosk = new TempDirectory();
        using var stick = new TempDirectory();
        KioskData.FillStore(kiosk.Path, 10);
        SurveyExport export;
        using (var store = SurveyStore.Open(kiosk.Path))
        {
            export = store.Export(stick.Path);
            for (var i = 10; i < 15; i++) store.Store(KioskData.Response(store.KioskId, i));
        }

        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);

        // When it syncs, and the team merges the stick with the collector's responses
        var result = await Kiosk.SyncUntilDoneAsync(kiosk.Path, collector.Address, database.KioskToken, TimeSpan.FromSeconds(30));
        var fromStick = File.ReadAllLines(export.FilePath).Select(SurveyResponseJson.Parse);
        var fromCollector = new Database.ResponseStore(database.DataSource).ReadAll(null).ToList();
        var report = SurveyReport.Build(fromStick.Concat(fromCollector));

        // Then all 15 reached the collector once, and the merged report counts 15, ignoring the 10 seen twice
        Assert.That(result.Sent, Is.EqualTo(15));
        Assert.That((await database.StoredAsync()).Rows, Is.EqualTo(15));
        Assert.That(report.Responses, Is.EqualTo(15));
        Assert.That(report.DuplicatesIgnored, Is.EqualTo(10));
    }
}
