using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    /// <summary>
    /// Deletes, durably, every response that has left the kiosk (exported or synced); pending ones stay.
    /// Returns how many were deleted. Only an explicit request of the host calls this.
    /// </summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be written.</exception>
    public int Purge()
    {
        lock (_gate)
        {
            var count = 0;
            Write(() => count = PurgeCore(), $"Exported responses could not be purged from {Folder}", needsSpace: false);
            return count;
        }
    }

    private int PurgeCore()
    {
        var db = Engine();
        db.BeginTrans();
        var count = db.GetCollection(Collection).DeleteMany(Query.Or(
            Query.Not(ResponseBson.State, ResponseBson.StateName(ResponseState.Pending)),
            Query.LTE(ResponseBson.Sequence, _exportedUpTo)));
        db.Commit();
        MakeDurable(db);
        return count;
    }
}
