using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
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
        lock (_gate)
        {
            SurveyExport result = default;
            Write(() => result = ExportCore(Path.GetFullPath(folder), all), $"The survey answers could not be exported to {folder}");
            return result;
        }
    }

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

    private SurveyExport ExportCore(string folder, bool all)
    {
        var db = Engine();
        var responses = db.GetCollection(Collection);
        var pending = Query.EQ(ResponseBson.State, ResponseBson.StateName(ResponseState.Pending));
        var chosen = (all ? responses.FindAll() : responses.Find(pending))
            .Select(ResponseBson.FromDocument)
            .Select(r => r.State == ResponseState.Pending ? r with { State = ResponseState.Exported } : r)
            .OrderBy(r => r.Date).ThenBy(r => r.Hour).ThenBy(r => r.Id)
            .ToList();
        var export = SurveyExportWriter.Write(folder, KioskId, chosen, all, DateTime.Now);
        // One statement for all: this process alone has the store open, so the pending set is the one just written.
        db.BeginTrans();
        responses.UpdateMany(BsonExpression.Create($"{{ {ResponseBson.State}: '{ResponseBson.StateName(ResponseState.Exported)}' }}"), pending);
        db.Commit();
        MakeDurable(db);
        return export;
    }

    private int PurgeCore()
    {
        var db = Engine();
        db.BeginTrans();
        var count = db.GetCollection(Collection).DeleteMany(
            Query.Not(ResponseBson.State, ResponseBson.StateName(ResponseState.Pending)));
        db.Commit();
        MakeDurable(db);
        return count;
    }
}
