using Exhibition.Survey.Model;

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
            List<SurveyResponse> responses = [];
            long upTo = 0;
            Write(() => (responses, upTo) = ReadForExport(all), what, needsSpace: false);
            var export = WriteExport(Path.GetFullPath(folder), responses, all, what);
            Write(() => MoveExportMark(upTo), what);
            return export;
        }
    }

    // Every response read here is pending or already gone; those numbered up to the returned mark are in this export
    // (or in an earlier one), so the mark may move there once the files are written.
    private (List<SurveyResponse> Responses, long UpTo) ReadForExport(bool all)
    {
        var db = Engine();
        var responses = db.GetCollection(Collection);
        var documents = all ? responses.FindAll() : responses.Find(PendingQuery());
        var read = documents.Select(d => ResponseBson.FromDocument(d, _exportedUpTo))
            .Select(r => r.State == ResponseState.Pending ? r with { State = ResponseState.Exported } : r)
            .OrderBy(r => r.Date).ThenBy(r => r.Hour).ThenBy(r => r.Id)
            .ToList();
        return (read, _nextSequence - 1);
    }

    // The files are written outside the store's write watchdog: they do not touch LiteDB, and a slow USB stick
    // is not a hung database.
    private SurveyExport WriteExport(string folder, List<SurveyResponse> responses, bool all, string what)
    {
        try
        {
            return SurveyExportWriter.Write(folder, KioskId, responses, all, DateTime.Now);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(what, e);
        }
    }
}
