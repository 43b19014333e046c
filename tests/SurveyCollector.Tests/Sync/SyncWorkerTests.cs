using Exhibition.Survey.Storage;
using Exhibition.Survey.Sync;
using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests.Sync;

[TestFixture]
public sealed class SyncWorkerTests
{
    [Test]
    public async Task The_worker_keeps_retrying_while_offline_and_uploads_once_the_collector_appears()
    {
        // Given a kiosk whose worker starts while no collector listens on its endpoint
        using var kiosk = new TempDirectory();
        var ids = KioskData.FillStore(kiosk.Path, 40);
        await using var database = await CollectorDatabase.CreateAsync();
        var port = CollectorProcess.FreePort();
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        using var store = SurveyStore.Open(kiosk.Path);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var options = Kiosk.FastOptions with { Interval = TimeSpan.FromSeconds(30) };
        var log = new List<string>();
        await using var worker = new SyncWorker(store, new SyncClient(http, new SyncEndpoint(endpoint, database.KioskToken), options.RequestTimeout), options,
            line => { lock (log) log.Add(line); });
        worker.Start();
        await Task.Delay(500);
        var retriesWhileOffline = log.Count;

        // When the collector comes up, and a visitor's response is stored meanwhile
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString, $"http://127.0.0.1:{port}");
        var late = KioskData.Response(store.KioskId, 99);
        store.Store(late);
        ids.Add(late.Id);
        worker.Nudge();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (store.Stats().Synced < ids.Count && DateTime.UtcNow < deadline) await Task.Delay(50);

        // Then it retried while offline and everything arrived once
        Assert.That(retriesWhileOffline, Is.GreaterThan(2));
        var stored = await database.StoredAsync();
        Assert.That(stored.Rows, Is.EqualTo(ids.Count));
        Assert.That(stored.Ids.SetEquals(ids), Is.True);
        Assert.That(store.Stats().Synced, Is.EqualTo(ids.Count));
    }
}
