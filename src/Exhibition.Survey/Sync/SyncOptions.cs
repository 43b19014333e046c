namespace Exhibition.Survey.Sync;

/// <summary>How a kiosk syncs. The defaults suit a kiosk on a school network.</summary>
public sealed record SyncOptions
{
    /// <summary>Most responses per request.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Whether responses already exported to a USB stick are sent too (the collector dedupes by id, so a
    /// response that travels both ways is counted once, and a lost stick loses nothing).</summary>
    public bool IncludeExported { get; init; } = true;

    /// <summary>How long the background worker waits between passes when nothing nudges it.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The first retry delay; each retry doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between retries.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
