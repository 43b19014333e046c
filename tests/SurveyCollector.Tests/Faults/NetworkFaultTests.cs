using Exhibition.Survey.Sync;
using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests.Faults;

/// <summary>Faults between kiosk and collector, on loopback, bounded in count (seeded) and time (a deadline per run).</summary>
[TestFixture]
public sealed class NetworkFaultTests
{
    private const int Responses = 200;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Every_response_is_stored_once_when_30_percent_of_requests_are_dropped()
    {
        var (result, proxy, stored, ids, stats) = await RunAsync(new FaultPlan { DropRequest = 0.3 });

        Assert.That(proxy.DroppedRequests, Is.GreaterThan(0), "the proxy dropped requests");
        AssertExactlyOnce(result, stored, ids, stats);
    }

    [Test]
    public async Task Every_response_is_stored_once_when_answers_are_lost_after_the_collector_committed()
    {
        var (result, proxy, stored, ids, stats) = await RunAsync(new FaultPlan { DropResponse = 0.3 });

        Assert.That(proxy.DroppedResponses, Is.GreaterThan(0), "the proxy dropped answers after commit");
        Assert.That(result.Duplicates, Is.GreaterThan(0), "resent batches were reported as already held");
        AssertExactlyOnce(result, stored, ids, stats);
    }

    [Test]
    public async Task Every_response_is_stored_once_when_requests_are_delivered_twice()
    {
        var (result, proxy, stored, ids, stats) = await RunAsync(new FaultPlan { Duplicate = 0.5 });

        Assert.That(proxy.Duplicated, Is.GreaterThan(0), "the proxy delivered requests twice");
        AssertExactlyOnce(result, stored, ids, stats);
    }

    [Test]
    public async Task Every_response_is_stored_once_under_all_three_faults_at_once()
    {
        var (result, proxy, stored, ids, stats) = await RunAsync(new FaultPlan { DropRequest = 0.3, DropResponse = 0.2, Duplicate = 0.2, Seed = 99 });

        Assert.That(proxy.DroppedRequests + proxy.DroppedResponses + proxy.Duplicated, Is.GreaterThan(2));
        AssertExactlyOnce(result, stored, ids, stats);
    }

    private static async Task<(SyncPassResult, FaultProxy, (long Rows, long Distinct, HashSet<Guid> Ids), HashSet<Guid>, Exhibition.Survey.Storage.SurveyStats)> RunAsync(FaultPlan plan)
    {
        using var kiosk = new TempDirectory();
        var ids = KioskData.FillStore(kiosk.Path, Responses);
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        await using var proxy = await FaultProxy.StartAsync(collector.Address, plan);

        var result = await Kiosk.SyncUntilDoneAsync(kiosk.Path, proxy.Address, database.KioskToken, Limit);

        return (result, proxy, await database.StoredAsync(), ids, Kiosk.Stats(kiosk.Path));
    }

    internal static void AssertExactlyOnce(SyncPassResult result, (long Rows, long Distinct, HashSet<Guid> Ids) stored, HashSet<Guid> ids, Exhibition.Survey.Storage.SurveyStats stats)
    {
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(SyncStatus.Complete), result.Error);
            Assert.That(stored.Rows, Is.EqualTo(ids.Count), "rows in PostgreSQL");
            Assert.That(stored.Distinct, Is.EqualTo(stored.Rows), "no id stored twice");
            Assert.That(stored.Ids.SetEquals(ids), Is.True, "exactly the kiosk's responses");
            Assert.That(stats.Synced, Is.EqualTo(ids.Count), "all marked synced on the kiosk");
            Assert.That(stats.Pending, Is.Zero);
        });
    }
}
