using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;
using Polly;

namespace Exhibition.Survey.Sync;

/// <summary>
/// One pass: sends every response waiting in the store, in batches, and marks each batch synced only once the
/// collector has acknowledged it (stored, or already held). A crash between the two resends that batch next time and
/// the collector, which dedupes on the response id, counts it once. Used by <c>survey sync</c> and by
/// <see cref="SyncWorker"/>.
/// </summary>
public static partial class SyncPass
{
    /// <summary>Runs one pass. <paramref name="retry"/> decides how long an unreachable collector is tried
    /// (<see cref="SyncRetry.Forever"/> in the worker, <see cref="SyncRetry.Brief"/> on the command line);
    /// <paramref name="onBatch"/>, if given, hears of each acknowledged batch (for progress output).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<SyncPassResult> RunAsync(
        SurveyStore store, SyncClient client, SyncOptions options, ResiliencePipeline retry,
        Action<UploadAcknowledgement>? onBatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        return RunCore(store, client, options, retry, onBatch, cancellationToken);
    }

    private static async Task<SyncPassResult> RunCore(
        SurveyStore store, SyncClient client, SyncOptions options, ResiliencePipeline retry,
        Action<UploadAcknowledgement>? onBatch, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        try
        {
            foreach (var batch in Batches(store, options))
            {
                var acknowledgement = await retry.ExecuteAsync(
                    async token => await client.UploadAsync(batch, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                store.MarkSynced(acknowledgement.Held.Intersect(batch.Select(r => r.Id)));
                tally.Add(batch.Count, acknowledgement);
                onBatch?.Invoke(acknowledgement);
            }

            return tally.Result(SyncStatus.Complete, null);
        }
        catch (SyncException e)
        {
            return tally.Result(e.Failure switch
            {
                SyncFailure.Unauthorized => SyncStatus.Unauthorized,
                SyncFailure.Rejected => SyncStatus.Rejected,
                _ => SyncStatus.Unreachable,
            }, e.Message);
        }
        catch (SurveyStoreException e)
        {
            return tally.Result(SyncStatus.StoreUnavailable, e.Message);
        }
    }
}
