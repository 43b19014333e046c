using System.Text.Json;
using Exhibition.Survey.Json;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Storage;

/// <summary>
/// Writes one export: the JSON-lines file and the CSV file, then the manifest, each whole or not at all (temporary
/// file, fsync, rename, folder fsync). The manifest comes last, so its presence means both files are complete.
/// The responses are streamed through once, into both files side by side, so an export never holds them all.
/// </summary>
internal static class SurveyExportWriter
{
    public static SurveyExport Write(string folder, string kioskId, IReadOnlyList<SurveyResponse> responses, bool all, DateTime now) =>
        Write(folder, kioskId, ExportPlan.Of(responses), responses, all, now);

    // responses: enumerated once; must yield exactly what plan counted.
    public static SurveyExport Write(string folder, string kioskId, ExportPlan plan, IEnumerable<SurveyResponse> responses, bool all, DateTime now)
    {
        Directory.CreateDirectory(folder);
        SurveyExportNames.RemoveStaleTemporaries(folder, kioskId);
        var stem = Path.Combine(folder, SurveyExportNames.Next(folder, kioskId, now));
        var files = WriteFiles([stem + ".jsonl", stem + ".csv"], plan, responses);
        var manifest = new SurveyExportManifest(SurveyExportManifest.CurrentFormat, kioskId, plan.Bundles, plan.Count, all,
            DateOnly.FromDateTime(now), now.Hour, files);
        var manifestPath = stem + SurveyExportManifest.Suffix;
        FileSync.WriteAtomically(manifestPath, stream => SurveyExportManifestJson.Write(stream, manifest));
        return new SurveyExport(manifestPath, stem + ".jsonl", stem + ".csv", plan.Count);
    }

    private static SurveyExportFile[] WriteFiles(string[] paths, ExportPlan plan, IEnumerable<SurveyResponse> responses)
    {
        var files = new SurveyExportFile[paths.Length];
        FileSync.WriteAtomically(paths, streams =>
        {
            // Not disposed: a BufferedStream would dispose the hash before it is read; neither owns the file.
            using var jsonHash = new SurveyExportHashStream(streams[0]);
            using var csvHash = new SurveyExportHashStream(streams[1]);
            var jsonl = new BufferedStream(jsonHash, 1 << 16);
            var written = WriteBoth(jsonl, csvHash, plan.QuestionColumns, responses);
            if (written != plan.Count) throw new InvalidOperationException($"The export held {written} responses, not the {plan.Count} counted.");
            jsonl.Flush();
            files[0] = new SurveyExportFile(Path.GetFileName(paths[0]), jsonHash.Bytes, jsonHash.Sha256());
            files[1] = new SurveyExportFile(Path.GetFileName(paths[1]), csvHash.Bytes, csvHash.Sha256());
        });
        return files;
    }

    private static int WriteBoth(Stream jsonl, Stream csvStream, IReadOnlyList<string> columns, IEnumerable<SurveyResponse> responses)
    {
        using var json = new Utf8JsonWriter(jsonl);
        using var csv = SurveyExportCsv.OpenWriter(csvStream);
        SurveyExportCsv.WriteHeader(csv, columns);
        var row = new string[SurveyExportCsv.FixedColumns.Count + columns.Count];
        var count = 0;
        foreach (var response in responses)
        {
            SurveyResponseJson.Write(json, response);
            json.Flush();
            json.Reset();
            jsonl.WriteByte((byte)'\n');
            SurveyExportCsv.WriteResponse(csv, row, response, columns);
            count++;
        }

        csv.Flush();
        return count;
    }
}
