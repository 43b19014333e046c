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
    /// folder fsync; then marks the pending ones exported by moving the store's exported-up-to mark (one small
    /// durable write, whatever the count). An export never replaces another. Nothing is deleted from the
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
            ExportPlan plan = new();
            long upTo = 0;
            Write(() => (plan, upTo) = PlanExport(all), what, needsSpace: false);
            var export = WriteExport(Path.GetFullPath(folder), plan, all, what);
            Write(() => MoveExportMark(upTo), what);
            return export;
        }
    }

    // The responses an export holds, in the order they were stored: pending ones (seq above the mark and not marked
    // otherwise one by one), or with all every one. Read twice (plan, then files) under the store's lock, so the
    // same both times. Everything numbered up to the returned mark is in this export or an earlier one.
    private IEnumerable<BsonDocument> ExportDocuments(bool all)
    {
        var responses = Engine().GetCollection(Collection);
        if (all) return responses.Find(Query.All(ResponseBson.Sequence));
        var pending = ResponseBson.StateName(ResponseState.Pending);
        return responses.Find(Query.GT(ResponseBson.Sequence, _exportedUpTo)).Where(d => d[ResponseBson.State].AsString == pending);
    }

    private (ExportPlan Plan, long UpTo) PlanExport(bool all)
    {
        var plan = new ExportPlan();
        foreach (var document in ExportDocuments(all))
        {
            plan.Add(document["bundleId"].AsString, document["bundleVersion"].AsString,
                document["answers"].AsArray.Select(a => a.AsDocument["q"].AsString));
        }

        return (plan, _nextSequence - 1);
    }

    // The files are written outside the store's write watchdog: a slow USB stick is not a hung database.
    private SurveyExport WriteExport(string folder, ExportPlan plan, bool all, string what)
    {
        var mark = _exportedUpTo;
        var responses = DocumentPipe.Stream(() => ExportDocuments(all), d => ResponseBson.FromDocument(d, mark) is var r && r.State == ResponseState.Pending
            ? r with { State = ResponseState.Exported }
            : r);
        try
        {
            return SurveyExportWriter.Write(folder, KioskId, plan, responses, all, DateTime.Now);
        }
        catch (LiteException e)
        {
            CloseEngine();
            throw Unavailable(what, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(what, e);
        }
    }
}
