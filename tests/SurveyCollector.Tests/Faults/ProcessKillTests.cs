using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests.Faults;

/// <summary>Real SIGKILLs: of a collector process while it handles a batch, and of a kiosk process mid-sync.</summary>
[TestFixture]
public sealed class ProcessKillTests
{
    private const int Responses = 200;
    private const int BatchSize = 25;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Every_response_is_stored_once_when_the_collector_is_killed_mid_batch()
    {
        // Given a kiosk syncing through a proxy to a collector process that is killed while it handles batches 2 and 5
        using var kiosk = new TempDirectory();
        var ids = KioskData.FillStore(kiosk.Path, Responses);
        await using var database = await CollectorDatabase.CreateAsync();
        var port = CollectorProcess.FreePort();
        var collector = await CollectorProcess.StartAsync(port, database.ConnectionString);
        // Every collector started, and every restart still under way, so that none outlives the test.
        var started = new System.Collections.Concurrent.ConcurrentBag<CollectorProcess> { collector };
        var restarts = new System.Collections.Concurrent.ConcurrentBag<Task>();
        var kills = 0;
        var random = new Random(7);
        await using var proxy = await FaultProxy.StartAsync(new Uri($"http://127.0.0.1:{port}/"), new FaultPlan
        {
            BeforeForward = number =>
            {
                if (number is not (2 or 5)) return Task.CompletedTask;
                var victim = collector;
                restarts.Add(Task.Run(async () =>
                {
                    // The request is on its way to the collector: kill it a few milliseconds into handling, then restart.
                    await Task.Delay(random.Next(0, 15));
                    victim.Kill();
                    Interlocked.Increment(ref kills);
                    collector = await CollectorProcess.StartAsync(port, database.ConnectionString);
                    started.Add(collector);
                    victim.Dispose();
                }));
                return Task.CompletedTask;
            },
        });

        // When the kiosk syncs until done
        var result = await Kiosk.SyncUntilDoneAsync(kiosk.Path, proxy.Address, database.KioskToken, Limit);
        await Task.WhenAll(restarts);
        foreach (var process in started)
            process.Dispose();

        // Then the collector was killed twice and every response is in PostgreSQL exactly once
        Assert.That(kills, Is.EqualTo(2));
        NetworkFaultTests.AssertExactlyOnce(result, await database.StoredAsync(), ids, Kiosk.Stats(kiosk.Path));
    }

    [Test]
    public async Task Every_response_is_stored_once_when_the_kiosk_is_killed_mid_sync()
    {
        // Given a kiosk process syncing through a proxy that kills it after the collector committed batch 3 but before
        // the kiosk hears of it
        using var kiosk = new TempDirectory();
        var ids = KioskData.FillStore(kiosk.Path, Responses);
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        KioskProcess? child = null;
        await using var proxy = await FaultProxy.StartAsync(collector.Address, new FaultPlan
        {
            AfterForward = number =>
            {
                if (number == 3) child!.Kill();
                return Task.CompletedTask;
            },
        });
        using (child = await KioskProcess.StartAsync(kiosk.Path, proxy.Address, database.KioskToken, BatchSize))
        {
            await child.WaitAsync(Limit);
            Assert.That(child.Batches, Is.EqualTo(2), "the kiosk heard of two batches before it was killed");
        }

        var before = await database.StoredAsync();

        // When the kiosk starts again, reopens its store and syncs
        var result = await Kiosk.SyncUntilDoneAsync(kiosk.Path, proxy.Address, database.KioskToken, Limit);

        // Then the batch committed but never acknowledged comes back as already held, and nothing is stored twice
        Assert.That(before.Rows, Is.EqualTo(3 * BatchSize), "three batches were committed before the kill");
        Assert.That(result.Duplicates, Is.EqualTo(BatchSize));
        NetworkFaultTests.AssertExactlyOnce(result, await database.StoredAsync(), ids, Kiosk.Stats(kiosk.Path));
    }
}
