using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    /// <summary>How many responses are held in each state.</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be read.</exception>
    public SurveyStats Stats() => Read(db =>
    {
        var responses = db.GetCollection(Collection);
        var pending = responses.Count(PendingQuery());
        var synced = responses.Count(Query.EQ(ResponseBson.State, ResponseBson.StateName(ResponseState.Synced)));
        // Exported: marked so one by one, or still marked pending but under the exported-up-to mark.
        return new SurveyStats(pending, responses.Count() - pending - synced, synced);
    });

    /// <summary>Up to <paramref name="max"/> responses not yet exported or synced.</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be read.</exception>
    public IReadOnlyList<SurveyResponse> Pending(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return Read(db => db.GetCollection(Collection)
            .Find(PendingQuery(), 0, max)
            .Select(d => ResponseBson.FromDocument(d, _exportedUpTo))
            .ToList());
    }

    /// <summary>Every response held, in any state (for checks and tools; a kiosk holds thousands, not millions).</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be read.</exception>
    public IReadOnlyList<SurveyResponse> All() =>
        Read(db => db.GetCollection(Collection).FindAll().Select(d => ResponseBson.FromDocument(d, _exportedUpTo)).ToList());

    /// <summary>The ids of every response held, read from the primary key index alone (cheap checks of many).</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be read.</exception>
    public IReadOnlyList<Guid> Ids() =>
        Read(db => db.GetCollection(Collection).Query().Select(BsonExpression.Create("$._id")).ToEnumerable().Select(d => d["_id"].AsGuid).ToList());

    /// <summary>The response with this id, or null.</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be read.</exception>
    public SurveyResponse? Find(Guid id) => Read(db =>
        db.GetCollection(Collection).FindById(id) is { } document ? ResponseBson.FromDocument(document, _exportedUpTo) : null);

    /// <summary>Marks the given responses exported, durably; returns how many were found.</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be written.</exception>
    public int MarkExported(IEnumerable<Guid> ids) => Mark(ids, ResponseState.Exported);

    /// <summary>Marks the given responses synced, durably; returns how many were found.</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store cannot be written.</exception>
    public int MarkSynced(IEnumerable<Guid> ids) => Mark(ids, ResponseState.Synced);

    private int Mark(IEnumerable<Guid> ids, ResponseState state)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.Distinct().ToList();
        var count = 0;
        lock (_gate) Write(() => count = MarkCore(list, state), $"Responses could not be marked {ResponseBson.StateName(state)}");
        return count;
    }

    private int MarkCore(List<Guid> ids, ResponseState state)
    {
        var db = Engine();
        var responses = db.GetCollection(Collection);
        var count = 0;
        db.BeginTrans();
        foreach (var id in ids)
        {
            if (responses.FindById(id) is not { } document) continue;
            document[ResponseBson.State] = ResponseBson.StateName(state);
            if (responses.Update(document)) count++;
        }

        db.Commit();
        MakeDurable(db);
        return count;
    }
}
