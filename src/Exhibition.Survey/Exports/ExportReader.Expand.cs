using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Exports;

public static partial class ExportReader
{
    // What one path stands for: manifests, or bare .jsonl files (those without a manifest beside them).
    private static List<string> Expand(string path, List<string> warnings, List<ExportException> errors)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) return ExpandFolder(full, warnings, errors);
        if (!File.Exists(full))
        {
            errors.Add(new ExportException(path, null, "does not exist."));
            return [];
        }

        if (full.EndsWith(SurveyExportManifest.Suffix, StringComparison.Ordinal)) return [full];
        if (full.EndsWith(".jsonl", StringComparison.Ordinal) || full.EndsWith(".csv", StringComparison.Ordinal))
        {
            var manifest = ManifestBeside(full);
            if (File.Exists(manifest)) return [manifest];
            if (full.EndsWith(".jsonl", StringComparison.Ordinal)) return [full];
        }

        errors.Add(new ExportException(path, null, "is not a survey export (a .manifest.json, a .jsonl or a folder of them)."));
        return [];
    }

    private static List<string> ExpandFolder(string folder, List<string> warnings, List<ExportException> errors)
    {
        var files = Directory.EnumerateFiles(folder, "survey-*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var manifests = files.Where(f => f.EndsWith(SurveyExportManifest.Suffix, StringComparison.Ordinal)).ToList();
        // A .jsonl without its manifest is an export cut short before it finished: the kiosk still holds those
        // responses as pending and exports them again, so it is skipped, not guessed at.
        foreach (var orphan in files.Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal) && !File.Exists(ManifestBeside(f))))
        {
            warnings.Add($"{orphan} has no manifest (an export interrupted before it finished?); skipped.");
        }

        if (manifests.Count == 0) errors.Add(new ExportException(folder, null, "holds no survey export (no survey-*.manifest.json)."));
        return manifests;
    }

    private static string ManifestBeside(string dataFile) =>
        Path.Combine(Path.GetDirectoryName(dataFile)!, Path.GetFileNameWithoutExtension(dataFile) + SurveyExportManifest.Suffix);
}
