using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    /// <summary>
    /// Stores <paramref name="response"/> and returns once it is durable: inserted into LiteDB, and appended to the
    /// store's journal (<c>survey-journal.bin</c>), which is fdatasynced; a full journal takes a checkpoint of LiteDB
    /// (log fsynced, pages copied into <c>survey.db</c>, that file fsynced) instead. Only then may the kiosk thank
    /// the visitor. The response is stored as <see cref="ResponseState.Pending"/> whatever its state says.
    /// </summary>
    /// <exception cref="SurveyStoreUnavailableException">The disk is full or read-only, or an I/O error occurred:
    /// the response was not stored and nothing stored before is damaged.</exception>
    /// <exception cref="SurveyStoreException">A response with this id is already stored.</exception>
    public void Store(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate) Write(() => StoreCore(response), $"Response {response.Id} could not be stored");
    }

    private void StoreCore(SurveyResponse response)
    {
        var db = Engine();
        try
        {
            db.GetCollection(Collection).Insert(ResponseBson.ToDocument(response with { State = ResponseState.Pending }, _nextSequence));
            _nextSequence++;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new SurveyStoreException($"Response {response.Id} is already stored in {DatabasePath}.", e);
        }

        // One fdatasync of the journal; a full journal (or a response too big for it) takes a checkpoint instead,
        // which also empties the journal.
        if (_journal is not null && _journal.TryAppend(JournalRecord(response))) return;
        MakeDurable(db);
    }

    // Checkpoint waits for LiteDB's log writer, copies the committed pages into the data file (with the journal, the
    // data stream fsyncs the log before its first write) and flushes it; the extra fsync through our own handle keeps
    // that promise whatever a later LiteDB does. Only then is everything journaled in the data file: the journal empties.
    private void MakeDurable(LiteDatabase db)
    {
        if (_durability == StoreDurability.InsertOnly) return;
        db.Checkpoint();
        if (_durability == StoreDurability.Checkpoint) return;
        FileSync.FlushFile(DatabasePath);
        if (_journal is { IsEmpty: false }) _journal.Reset();
    }

    // Runs one write. An I/O failure leaves LiteDB's engine unusable (every later call rethrows it), so the engine is
    // closed and the next call opens it afresh: a kiosk whose disk had filled recovers once space is freed.
    // Two guards keep LiteDB away from failures it handles badly: a write is refused while the disk has less than
    // ReserveBytes free (ENOSPC hit by LiteDB's writer thread can leave Checkpoint waiting forever), and a write that
    // still hangs is abandoned after WriteTimeout, the store staying unavailable until the program restarts.
    private void Write(Action write, string what, bool needsSpace = true)
    {
        if (_hung) throw new SurveyStoreUnavailableException($"{what}: an earlier write to {Folder} never finished. The survey is unavailable until the kiosk restarts; answers already stored are kept.");
        try
        {
            if (needsSpace) EnsureFreeSpace();
            RunWithTimeout(write, what);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
                                    or LiteException { ErrorCode: not LiteException.INDEX_DUPLICATE_KEY })
        {
            CloseEngine();
            throw Unavailable(what, e);
        }
    }

    private void RunWithTimeout(Action write, string what)
    {
        var task = Task.Run(write);
        try
        {
            if (task.Wait(WriteTimeout)) return;
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
        }

        _hung = true;
        _db = null;
        _journal = null;
        _streams = [];
        throw new SurveyStoreUnavailableException($"{what}: a write to {Folder} did not finish within {WriteTimeout.TotalSeconds} s. "
            + "The survey is unavailable until the kiosk restarts; answers already stored are kept.");
    }

    private void EnsureFreeSpace()
    {
        var free = new DriveInfo(Folder).AvailableFreeSpace;
        if (free < ReserveBytes) throw new IOException($"only {free / 1024} KiB free on the disk of {Folder}; {ReserveBytes / 1024} KiB are needed");
    }

    private T Read<T>(Func<LiteDatabase, T> read)
    {
        lock (_gate)
        {
            T result = default!;
            Write(() => result = read(Engine()), $"The survey store in {Folder} cannot be read", needsSpace: false);
            return result;
        }
    }
}
