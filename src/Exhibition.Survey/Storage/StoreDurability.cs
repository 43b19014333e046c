namespace Exhibition.Survey.Storage;

/// <summary>How far <see cref="SurveyStore.Store"/> goes before it returns. The first two are durable (Journal is the
/// default); the others exist so that the benchmark can measure what durability costs.</summary>
internal enum StoreDurability
{
    /// <summary>Insert, then append the response to the store's own journal and fdatasync it (one flush of a
    /// preallocated file); LiteDB checkpoints when the journal is full, and opening replays it.</summary>
    Journal,

    /// <summary>Insert, checkpoint (LiteDB writes and fsyncs its log, copies the pages into the data file and fsyncs
    /// it), then fsync the data file and, once, the folder through handles of our own.</summary>
    CheckpointAndFlush,

    /// <summary>Insert and checkpoint only: relies on LiteDB's own fsyncs.</summary>
    Checkpoint,

    /// <summary>Insert only: the log pages are written by LiteDB's background thread, perhaps after Store returns.
    /// Not durable, not even against SIGKILL.</summary>
    InsertOnly,
}
