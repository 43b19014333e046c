using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    /// <summary>Opens (creating if needed) the store in <paramref name="dataFolder"/> for this process alone.</summary>
    /// <exception cref="SurveyStoreException">Another process has the store open, or the database is damaged.</exception>
    /// <exception cref="SurveyStoreUnavailableException">The folder cannot be written (read-only medium, full disk).</exception>
    public static SurveyStore Open(string dataFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        return OpenCore(Path.GetFullPath(dataFolder), StoreDurability.Journal);
    }

    internal static SurveyStore OpenCore(string folder, StoreDurability durability)
    {
        StoreLock? storeLock = null;
        try
        {
            Directory.CreateDirectory(folder);
            storeLock = StoreLock.Acquire(folder);
            var store = new SurveyStore(folder, KioskIdentity.LoadOrCreate(folder), storeLock, durability);
            lock (store._gate) store.Engine();
            return store;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException or SurveyStoreException)
        {
            storeLock?.Dispose();
            throw e as SurveyStoreException ?? Unavailable($"The survey store in {folder} cannot be opened", e);
        }
    }

    // The open engine, opening it first if there is none (at start, or after a write failed). Opening replays any
    // committed transaction left in LiteDB's log by a crash; the checkpoint and flushes make that replay durable.
    private LiteDatabase Engine()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_db is not null) return _db;
        var isNew = !File.Exists(DatabasePath) || !File.Exists(LogPath);
        var db = OpenDatabase();
        try
        {
            var responses = db.GetCollection(Collection);
            responses.EnsureIndex(ResponseBson.State);
            responses.EnsureIndex(ResponseBson.Sequence);
            LoadSequence(db);
            var journal = OpenJournal(db);
            db.Checkpoint();
            FileSync.FlushFile(DatabasePath);
            if (isNew) FileSync.FlushDirectory(Folder);
            // Only now is what the journal held durable in the data file.
            if (journal is { IsEmpty: false }) journal.Reset();
            _journal = journal;
        }
        catch
        {
            db.Dispose();
            CloseStreams();
            throw;
        }

        return _db = db;
    }

    // With the journal, LiteDB gets its files as streams whose log is flushed only before a checkpoint writes the
    // data file (see WalOrderedStream); without it (benchmark comparisons), the files by name, flushed LiteDB's way.
    private LiteDatabase OpenDatabase()
    {
        if (_durability != StoreDurability.Journal)
            return new LiteDatabase(new ConnectionString { Filename = DatabasePath, Connection = ConnectionType.Direct });
        var (data, log) = WalOrderedStream.Open(DatabasePath, LogPath);
        _streams = [data, log];
        try
        {
            return new LiteDatabase(data, mapper: null, logStream: log);
        }
        catch
        {
            CloseStreams();
            throw;
        }
    }

    private void CloseStreams()
    {
        foreach (var stream in _streams) stream.Dispose();
        _streams = [];
    }

    private static SurveyStoreUnavailableException Unavailable(string what, Exception cause) =>
        new($"{what}: {cause.Message}. The survey is unavailable; answers already stored are kept.", cause);
}
