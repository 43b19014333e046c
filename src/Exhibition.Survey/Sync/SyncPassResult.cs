namespace Exhibition.Survey.Sync;

/// <summary>What one sync pass did.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Sent">Responses in acknowledged batches.</param>
/// <param name="Stored">Responses the collector stored now.</param>
/// <param name="Duplicates">Responses the collector already had (now marked synced here too).</param>
/// <param name="Batches">Acknowledged batches.</param>
/// <param name="Error">Why the pass stopped early, or null; never holds answers.</param>
public readonly record struct SyncPassResult(SyncStatus Status, int Sent, int Stored, int Duplicates, int Batches, string? Error);
