using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    /// <summary>
    /// Stores <paramref name="response"/> and returns once it is durable: inserted, LiteDB's log written and
    /// fsynced, its pages checkpointed into <c>survey.db</c>, and that file fsynced. Only then may the kiosk thank
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
            db.GetCollection(Collection).Insert(ResponseBson.ToDocument(response with { State = ResponseState.Pending }));
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new SurveyStoreException($"Response {response.Id} is already stored in {DatabasePath}.", e);
        }

        MakeDurable(db);
    }

    // Checkpoint waits for LiteDB's log writer (which fsyncs the log), copies the committed pages into the data file
    // and fsyncs it; the extra fsync through our own handle keeps that promise whatever a later LiteDB does.
    private void MakeDurable(LiteDatabase db)
    {
        if (_durability == StoreDurability.InsertOnly) return;
        db.Checkpoint();
        if (_durability == StoreDurability.CheckpointAndFlush) FileSync.FlushFile(DatabasePath);
    }

    // Runs one write. An I/O failure leaves LiteDB's engine unusable (every later call rethrows it), so the engine is
    // closed and the next call opens it afresh: a kiosk whose disk had filled recovers once space is freed.
    private void Write(Action write, string what)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
                                    or LiteException { ErrorCode: not LiteException.INDEX_DUPLICATE_KEY })
        {
            CloseEngine();
            throw Unavailable(what, e);
        }
    }

    private T Read<T>(Func<LiteDatabase, T> read)
    {
        lock (_gate)
        {
            T result = default!;
            Write(() => result = read(Engine()), $"The survey store in {Folder} cannot be read");
            return result;
        }
    }
}
