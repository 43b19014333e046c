namespace Exhibition.Survey.Sync;

/// <summary>How a sync pass ended.</summary>
public enum SyncStatus
{
    /// <summary>Everything that was waiting has been acknowledged.</summary>
    Complete,
    /// <summary>The collector could not be reached (after the retries allowed); the rest waits for the next pass.</summary>
    Unreachable,
    /// <summary>The collector refused the token.</summary>
    Unauthorized,
    /// <summary>The collector refused a batch as malformed.</summary>
    Rejected,
    /// <summary>The kiosk's own store could not be read or written; what was acknowledged is resent next time.</summary>
    StoreUnavailable,
}
