// A kiosk that only syncs: opens the store in args[0], syncs to args[1] with token args[2] in batches of args[3],
// retrying for ever, and prints a line per acknowledged batch, so a test can SIGKILL it mid-sync.
using Exhibition.Survey.Storage;
using Exhibition.Survey.Sync;

using var store = SurveyStore.Open(args[0]);
var options = new SyncOptions
{
    BatchSize = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture),
    RetryBaseDelay = TimeSpan.FromMilliseconds(20),
    RetryMaxDelay = TimeSpan.FromMilliseconds(200),
    RequestTimeout = TimeSpan.FromSeconds(10),
};
using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
var client = new SyncClient(http, new SyncEndpoint(new Uri(args[1]), args[2]), options.RequestTimeout);
Console.Out.WriteLine("started");
Console.Out.Flush();
var result = await SyncPass.RunAsync(store, client, options, SyncRetry.Forever(options), batch =>
{
    Console.Out.WriteLine($"batch {batch.Stored.Count} {batch.Duplicates.Count}");
    Console.Out.Flush();
});
Console.Out.WriteLine($"done {result.Status} {result.Sent}");
return result.Status == SyncStatus.Complete ? 0 : 1;
