using System.Text.Json;
using Exhibition.Survey.Json;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Storage;

/// <summary>
/// Writes one export: the JSON-lines file, the CSV file, then the manifest, each whole or not at all (temporary file,
/// fsync, rename, folder fsync). The manifest comes last, so its presence means both files are complete.
/// </summary>
internal static class SurveyExportWriter
{
    public static SurveyExport Write(string folder, string kioskId, IReadOnlyList<SurveyResponse> responses, bool all, DateTime now)
    {
        Directory.CreateDirectory(folder);
        SurveyExportNames.RemoveStaleTemporaries(folder, kioskId);
        var stem = Path.Combine(folder, SurveyExportNames.Next(folder, kioskId, now));
        var jsonl = WriteFile(stem + ".jsonl", stream => WriteLines(stream, responses));
        var csv = WriteFile(stem + ".csv", stream =>
            SurveyExportCsv.Write(stream, responses, SurveyExportCsv.QuestionColumns(responses)));
        var bundles = responses.Select(r => $"{r.BundleId}@{r.BundleVersion}").Distinct().Order(StringComparer.Ordinal).ToList();
        var manifest = new SurveyExportManifest(SurveyExportManifest.CurrentFormat, kioskId, bundles, responses.Count, all,
            DateOnly.FromDateTime(now), now.Hour, [jsonl, csv]);
        var manifestPath = stem + SurveyExportManifest.Suffix;
        FileSync.WriteAtomically(manifestPath, stream => SurveyExportManifestJson.Write(stream, manifest));
        return new SurveyExport(manifestPath, stem + ".jsonl", stem + ".csv", responses.Count);
    }

    private static SurveyExportFile WriteFile(string path, Action<Stream> write)
    {
        SurveyExportFile file = default;
        FileSync.WriteAtomically(path, stream =>
        {
            // Not disposed: a BufferedStream would dispose the hash before it is read; neither owns the file.
            using var hashing = new SurveyExportHashStream(stream);
            var buffered = new BufferedStream(hashing, 1 << 16);
            write(buffered);
            buffered.Flush();
            file = new SurveyExportFile(Path.GetFileName(path), hashing.Bytes, hashing.Sha256());
        });
        return file;
    }

    private static void WriteLines(Stream stream, IReadOnlyList<SurveyResponse> responses)
    {
        using var writer = new Utf8JsonWriter(stream);
        foreach (var response in responses)
        {
            SurveyResponseJson.Write(writer, response);
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }
}
