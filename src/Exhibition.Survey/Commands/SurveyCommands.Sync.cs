using System.Globalization;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Sync;

namespace Exhibition.Survey.Commands;

public static partial class SurveyCommands
{
    /// <summary>Exit code of <c>survey sync</c>: the collector could not be reached; nothing waiting was lost.</summary>
    public const int SyncUnreachable = 4;

    /// <summary>Exit code of <c>survey sync</c>: the collector refused the token or a batch.</summary>
    public const int SyncRefused = 5;

    /// <summary>
    /// <c>survey sync --data DIR --endpoint URL --token TOKEN</c>: one pass of <see cref="SyncPass"/> (the code the
    /// background worker runs), with a few quick retries. Writes a line per acknowledged batch and a summary
    /// (<c>sent N, stored S, already held D, batches B</c>) to <paramref name="output"/>, and why it stopped to
    /// <paramref name="errors"/>.
    /// </summary>
    /// <returns><see cref="Ok"/>, <see cref="SyncUnreachable"/>, <see cref="SyncRefused"/> or <see cref="StoreUnavailable"/>.</returns>
    public static Task<int> SyncAsync(
        SurveyStore store, SyncEndpoint endpoint, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        return SyncCore(store, endpoint, output, errors, cancellationToken);
    }

    private static async Task<int> SyncCore(SurveyStore store, SyncEndpoint endpoint, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var options = new SyncOptions();
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new SyncClient(http, endpoint, options.RequestTimeout);
        var retry = SyncRetry.Brief(3, (e, delay) => errors.WriteLine($"{e.Message} Retrying in {delay.TotalSeconds:0.0} s."));
        var result = await SyncPass.RunAsync(store, client, options, retry,
            batch => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"batch: stored {batch.Stored.Count}, already held {batch.Duplicates.Count}")),
            cancellationToken).ConfigureAwait(false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent {result.Sent}, stored {result.Stored}, already held {result.Duplicates}, batches {result.Batches}"));
        if (result.Error is not null) errors.WriteLine($"sync stopped ({result.Status}): {result.Error}");
        return result.Status switch
        {
            SyncStatus.Complete => Ok,
            SyncStatus.Unreachable => SyncUnreachable,
            SyncStatus.StoreUnavailable => StoreUnavailable,
            _ => SyncRefused,
        };
    }
}
