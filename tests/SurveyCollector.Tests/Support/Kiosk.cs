using Exhibition.Survey.Storage;
using Exhibition.Survey.Sync;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>Runs sync passes as a kiosk would, with retry delays short enough for tests and a hard time limit.</summary>
public static class Kiosk
{
    public static readonly SyncOptions FastOptions = new()
    {
        BatchSize = 25,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(100),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public static async Task<SyncPassResult> SyncUntilDoneAsync(string dataFolder, Uri endpoint, string token, TimeSpan limit, SyncOptions? options = null)
    {
        using var store = SurveyStore.Open(dataFolder);
        return await SyncUntilDoneAsync(store, endpoint, token, limit, options);
    }

    public static async Task<SyncPassResult> SyncUntilDoneAsync(SurveyStore store, Uri endpoint, string token, TimeSpan limit, SyncOptions? options = null)
    {
        options ??= FastOptions;
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new SyncClient(http, new SyncEndpoint(endpoint, token), options.RequestTimeout);
        using var deadline = new CancellationTokenSource(limit);
        return await SyncPass.RunAsync(store, client, options, SyncRetry.Forever(options), null, deadline.Token);
    }

    public static SurveyStats Stats(string dataFolder)
    {
        using var store = SurveyStore.Open(dataFolder);
        return store.Stats();
    }
}
