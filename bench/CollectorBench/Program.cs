// 200 simulated kiosks x 1,000 responses each, against two `SurveyCollector serve` processes and one PostgreSQL on
// loopback. Each kiosk holds its responses in memory and sends them in batches of 100 through the real SyncClient
// (with the worker's never-give-up retry), alternating between the two collectors. Prints throughput and batch latency,
// then checks that PostgreSQL holds all 200,000 exactly once.
// Usage: dotnet run -c Release --project bench/CollectorBench [-- KIOSKS RESPONSES BATCH]
// PostgreSQL: EXHIBITION_TEST_PG if set, else a private instance from scripts/postgres-test.sh.
using System.Diagnostics;
using System.Globalization;
using CollectorBench;
using Exhibition.Survey.Sync;

var kiosks = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var perKiosk = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var batchSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;

await using var postgres = await BenchPostgres.StartAsync();
var database = await postgres.NewDatabaseAsync();
var tokens = await BenchPostgres.IssueTokensAsync(database, kiosks);
// Two instances share max_connections (200): 60 pooled connections each leaves room for tools.
var collectorDb = database + ";Maximum Pool Size=60";
using var first = await BenchCollector.StartAsync(collectorDb);
using var second = await BenchCollector.StartAsync(collectorDb);
Console.WriteLine($"PostgreSQL {postgres.Version}; collectors on {first.Address} and {second.Address}");
Console.WriteLine($"{kiosks} kiosks x {perKiosk} responses, batches of {batchSize}, {Environment.ProcessorCount} cores");

var responses = Enumerable.Range(0, kiosks).Select(k => BenchData.Kiosk(k, perKiosk)).ToArray();
var options = new SyncOptions { BatchSize = batchSize, RetryBaseDelay = TimeSpan.FromMilliseconds(50), RetryMaxDelay = TimeSpan.FromSeconds(2) };
var retries = 0;
var retry = SyncRetry.Forever(options, (_, _) => Interlocked.Increment(ref retries));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = Timeout.InfiniteTimeSpan };
var clients = new[] { first, second }.Select(c => tokens.Select(t => new SyncClient(http, new SyncEndpoint(c.Address, t), TimeSpan.FromSeconds(60))).ToArray()).ToArray();
var latencies = new List<double>[kiosks];

var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, kiosks).Select(k => Task.Run(async () =>
{
    latencies[k] = [];
    var batchNumber = 0;
    foreach (var batch in responses[k].Chunk(batchSize))
    {
        var client = clients[(k + batchNumber++) % 2][k];
        var started = Stopwatch.GetTimestamp();
        var acknowledgement = await retry.ExecuteAsync(async token => await client.UploadAsync(batch, token));
        latencies[k].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (acknowledgement.Stored.Count + acknowledgement.Duplicates.Count != batch.Length) throw new InvalidOperationException("short acknowledgement");
    }
})));
clock.Stop();

var all = latencies.SelectMany(l => l).Order().ToArray();
double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
var total = kiosks * perKiosk;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"sent {total} responses in {all.Length} batches in {clock.Elapsed.TotalSeconds:0.00} s: {total / clock.Elapsed.TotalSeconds:0} responses/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"batch latency ms: p50 {Percentile(0.50):0.0}, p90 {Percentile(0.90):0.0}, p99 {Percentile(0.99):0.0}, max {all[^1]:0.0}; retries {retries}"));
var (rows, distinct) = await BenchPostgres.CountAsync(database);
var ok = rows == total && distinct == total;
Console.WriteLine($"PostgreSQL holds {rows} rows, {distinct} distinct ids: {(ok ? "all stored exactly once" : "MISMATCH")}");
return ok ? 0 : 1;
