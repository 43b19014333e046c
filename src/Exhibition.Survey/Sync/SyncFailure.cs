namespace Exhibition.Survey.Sync;

/// <summary>Why a batch was not acknowledged.</summary>
public enum SyncFailure
{
    /// <summary>The collector could not be reached or failed (network, timeout, 5xx, 429): normal, try again later.</summary>
    Unreachable,
    /// <summary>The collector refused the token (401/403): it was revoked or mistyped; retrying will not help.</summary>
    Unauthorized,
    /// <summary>The collector refused the batch as malformed (400 and other 4xx); its message says which response.</summary>
    Rejected,
}
