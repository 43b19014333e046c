using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    // Marking is done in transactions of this many responses, each under its own write watchdog, so that a large
    // export on a slow card never looks like a hung write; an export cut short re-exports the rest next time.
    private const int MarkBatch = 10_000;

    /// <summary>Exports the responses not yet exported; see <see cref="Export(string, bool)"/>.</summary>
    /// <exception cref="SurveyStoreUnavailableException">The store or the export folder cannot be used.</exception>
    public SurveyExport Export(string folder) => Export(folder, all: false);

    /// <summary>
    /// Writes the pending responses (with <paramref name="all"/>, every response held) to a new export in
    /// <paramref name="folder"/>: <c>survey-&lt;kiosk&gt;-&lt;yyyyMMddTHHmm&gt;-&lt;n&gt;.jsonl</c>, <c>.csv</c> and, last,
    /// <c>.manifest.json</c> (see <see cref="SurveyExportManifest"/>), each through a temporary file, fsync, rename and
    /// folder fsync; then marks the pending ones exported. An export never replaces another. Nothing is deleted from the
    /// store (see <see cref="Purge"/>). Should marking fail after the files are written, the next export repeats those
    /// responses; merging removes duplicates by id. With nothing to export, an export of 0 responses is written, so the
    /// host can see that the export ran.
    /// </summary>
    /// <exception cref="SurveyStoreUnavailableException">The store or the export folder cannot be used.</exception>
    public SurveyExport Export(string folder, bool all)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var what = $"The survey answers could not be exported to {folder}";
        lock (_gate)
        {
            List<BsonDocument> documents = [];
            Write(() => documents = ReadForExport(all), what, needsSpace: false);
            var export = WriteExport(Path.GetFullPath(folder), documents, all, what);
            var pending = documents.Where(d => d[ResponseBson.State].AsString == ResponseBson.StateName(ResponseState.Pending)).ToList();
            foreach (var batch in pending.Chunk(MarkBatch)) Write(() => MarkDocuments(batch), what);
            return export;
        }
    }

    private List<BsonDocument> ReadForExport(bool all)
    {
        var responses = Engine().GetCollection(Collection);
        return (all ? responses.FindAll() : responses.Find(Query.EQ(ResponseBson.State, ResponseBson.StateName(ResponseState.Pending)))).ToList();
    }

    // The files are written outside the store's write watchdog: they do not touch LiteDB, and a slow USB stick
    // is not a hung database.
    private SurveyExport WriteExport(string folder, List<BsonDocument> documents, bool all, string what)
    {
        var responses = documents.Select(ResponseBson.FromDocument)
            .Select(r => r.State == ResponseState.Pending ? r with { State = ResponseState.Exported } : r)
            .OrderBy(r => r.Date).ThenBy(r => r.Hour).ThenBy(r => r.Id)
            .ToList();
        try
        {
            return SurveyExportWriter.Write(folder, KioskId, responses, all, DateTime.Now);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(what, e);
        }
    }

    private void MarkDocuments(BsonDocument[] documents)
    {
        var db = Engine();
        foreach (var document in documents) document[ResponseBson.State] = ResponseBson.StateName(ResponseState.Exported);
        db.BeginTrans();
        db.GetCollection(Collection).Update(documents);
        db.Commit();
        MakeDurable(db);
    }
}
