namespace Exhibition.Survey.Sync;

/// <summary>A batch was not acknowledged by the collector; <see cref="Failure"/> says whether retrying can help.</summary>
public sealed class SyncException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SyncException(SyncFailure failure, string message, Exception? inner = null) : base(message, inner) => Failure = failure;

    /// <summary>Why the batch was not acknowledged.</summary>
    public SyncFailure Failure { get; }
}
