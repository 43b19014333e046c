using System.Text.Json;
using Exhibition.Survey.Json;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    /// <summary>
    /// Writes every pending response to a new JSON-lines file in <paramref name="folder"/>
    /// (<c>survey-&lt;kiosk id&gt;-&lt;date&gt;-&lt;random&gt;.jsonl</c>, see <see cref="SurveyResponseJson"/>) and then
    /// marks them exported. The file appears whole or not at all (temporary file, fsync, rename, directory fsync).
    /// Should marking fail after the file is written, the same responses go into the next export too; merging
    /// removes the duplicates by id.
    /// </summary>
    /// <exception cref="SurveyStoreUnavailableException">The store or the export folder cannot be used.</exception>
    public SurveyExport Export(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        lock (_gate)
        {
            SurveyExport result = default;
            Write(() => result = ExportCore(Path.GetFullPath(folder)), $"The survey answers could not be exported to {folder}");
            return result;
        }
    }

    private SurveyExport ExportCore(string folder)
    {
        var pending = Engine().GetCollection(Collection)
            .Find(LiteDB.Query.EQ(ResponseBson.State, ResponseBson.StateName(ResponseState.Pending)))
            .Select(ResponseBson.FromDocument)
            .ToList();
        Directory.CreateDirectory(folder);
        var name = $"survey-{KioskId}-{DateTime.Now:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..8]}.jsonl";
        var path = Path.Combine(folder, name);
        FileSync.WriteAtomically(path, stream => WriteLines(stream, pending));
        MarkCore(pending.Select(r => r.Id).ToList(), ResponseState.Exported);
        return new SurveyExport(path, pending.Count);
    }

    private static void WriteLines(Stream stream, List<SurveyResponse> responses)
    {
        using var writer = new Utf8JsonWriter(stream);
        foreach (var response in responses)
        {
            SurveyResponseJson.Write(writer, response with { State = ResponseState.Exported });
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }
}
