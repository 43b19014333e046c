using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Sync;

/// <summary>
/// Syncs in the background while the kiosk runs: a pass at start, after every <see cref="Nudge"/> (a response was
/// stored) and every <see cref="SyncOptions.Interval"/>; an unreachable collector is retried for ever with capped,
/// jittered exponential backoff. Nothing on the visitor's path waits on it: it runs on the thread pool and shares
/// only the (thread-safe) store. It never stops on an error; it writes a line to <c>log</c> (no answers) and goes on.
/// </summary>
public sealed class SyncWorker : IAsyncDisposable
{
    private readonly SurveyStore _store;
    private readonly SyncClient _client;
    private readonly SyncOptions _options;
    private readonly Action<string> _log;
    private readonly SemaphoreSlim _nudge = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <summary>Creates a worker; <see cref="Start"/> starts it.</summary>
    public SyncWorker(SurveyStore store, SyncClient client, SyncOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        (_store, _client, _options, _log) = (store, client, options, log ?? (_ => { }));
    }

    /// <summary>The last pass that finished, if any.</summary>
    public SyncPassResult? LastPass { get; private set; }

    /// <summary>Starts the background loop (once).</summary>
    public void Start() => _loop ??= Task.Run(() => LoopCore(_stop.Token));

    /// <summary>Asks for a pass soon, e.g. after a response was stored; returns at once.</summary>
    public void Nudge()
    {
        if (_nudge.CurrentCount == 0)
        {
            try { _nudge.Release(); } catch (SemaphoreFullException) { /* already nudged */ }
        }
    }

    /// <summary>Stops the loop, abandoning any request in flight (its batch stays pending and is sent next time).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            try { await _loop.ConfigureAwait(false); } catch (OperationCanceledException) { /* stopping */ }
        }

        _stop.Dispose();
        _nudge.Dispose();
    }

    private async Task LoopCore(CancellationToken stop)
    {
        var retry = SyncRetry.Forever(_options, (e, delay) => _log($"sync: {e.Message} Retrying in {delay.TotalSeconds:0.0} s."));
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var result = await SyncPass.RunAsync(_store, _client, _options, retry, null, stop).ConfigureAwait(false);
                LastPass = result;
                if (result.Sent > 0 || result.Status != SyncStatus.Complete)
                    _log($"sync: {result.Status}, sent {result.Sent} (stored {result.Stored}, already held {result.Duplicates}){(result.Error is null ? "" : ": " + result.Error)}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _log($"sync: pass failed: {e.GetType().Name}: {e.Message}");
            }

            await _nudge.WaitAsync(_options.Interval, stop).ConfigureAwait(false);
        }
    }
}
