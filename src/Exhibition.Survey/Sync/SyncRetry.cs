using Polly;
using Polly.Retry;

namespace Exhibition.Survey.Sync;

/// <summary>The retry policies of syncing: only <see cref="SyncFailure.Unreachable"/> is retried.</summary>
public static class SyncRetry
{
    /// <summary>
    /// Never gives up (offline is normal): exponential backoff from <see cref="SyncOptions.RetryBaseDelay"/> with
    /// jitter, each delay capped at <see cref="SyncOptions.RetryMaxDelay"/>. Ends only when cancelled.
    /// </summary>
    public static ResiliencePipeline Forever(SyncOptions options, Action<SyncException, TimeSpan>? onRetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(int.MaxValue, options.RetryBaseDelay, options.RetryMaxDelay, onRetry);
    }

    /// <summary>A few quick tries, for a one-off pass from the command line.</summary>
    public static ResiliencePipeline Brief(int attempts = 3, Action<SyncException, TimeSpan>? onRetry = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempts);
        return Build(attempts - 1, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5), onRetry);
    }

    private static ResiliencePipeline Build(int retries, TimeSpan baseDelay, TimeSpan maxDelay, Action<SyncException, TimeSpan>? onRetry)
    {
        if (retries == 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<SyncException>(e => e.Failure == SyncFailure.Unreachable),
            MaxRetryAttempts = retries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = baseDelay,
            MaxDelay = maxDelay,
            OnRetry = args =>
            {
                if (args.Outcome.Exception is SyncException e) onRetry?.Invoke(e, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }
}
