using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    // The "meta" collection: the store's format and its exported-up-to mark, one small document each.
    private const string Meta = "meta";
    private const string FormatKey = "format";
    private const string ExportedKey = "exported";

    // Format 2: every response carries a sequence number and exports move one mark. Format 1 (no format document)
    // marked each exported response in its own document.
    private const int CurrentFormat = 2;

    // Read from the database whenever the engine opens; only ever moved forward.
    private long _exportedUpTo;
    private long _nextSequence = 1;

    private void LoadSequence(LiteDatabase db)
    {
        var meta = db.GetCollection(Meta);
        if (meta.FindById(FormatKey) is null) MigrateToSequences(db);
        _exportedUpTo = meta.FindById(ExportedKey)?["upTo"].AsInt64 ?? 0;
        var last = db.GetCollection(Collection).Query().OrderByDescending(ResponseBson.Sequence)
            .Select(BsonExpression.Create("$." + ResponseBson.Sequence)).Limit(1).ToEnumerable().FirstOrDefault();
        var highest = last is null || last[ResponseBson.Sequence].IsNull ? 0 : last[ResponseBson.Sequence].AsInt64;
        // Past the mark too: after a purge emptied the store, a new response must not fall under the old mark.
        _nextSequence = Math.Max(highest, _exportedUpTo) + 1;
    }

    // A store written before sequence numbers: number every response (its state stays as marked), in transactions of
    // MarkBatch, and record the format last, so a migration cut short simply runs again on the next open.
    private static void MigrateToSequences(LiteDatabase db)
    {
        var responses = db.GetCollection(Collection);
        var documents = responses.FindAll().ToList();
        long sequence = 0;
        foreach (var batch in documents.Chunk(MarkBatch))
        {
            foreach (var document in batch) document[ResponseBson.Sequence] = ++sequence;
            db.BeginTrans();
            responses.Update(batch);
            db.Commit();
        }

        db.GetCollection(Meta).Upsert(new BsonDocument { ["_id"] = FormatKey, ["version"] = CurrentFormat });
    }

    // Durable like a store: everything numbered up to here now reads as exported.
    private void MoveExportMark(long upTo)
    {
        if (upTo <= _exportedUpTo) return;
        var db = Engine();
        db.GetCollection(Meta).Upsert(new BsonDocument { ["_id"] = ExportedKey, ["upTo"] = upTo });
        MakeDurable(db);
        _exportedUpTo = upTo;
    }

    private BsonExpression PendingQuery() => Query.And(
        Query.GT(ResponseBson.Sequence, _exportedUpTo),
        Query.EQ(ResponseBson.State, ResponseBson.StateName(ResponseState.Pending)));
}
