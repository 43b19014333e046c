using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Exports;

/// <summary>
/// Reads survey exports: a manifest (<c>….manifest.json</c>), a folder of exports (searched recursively), or a
/// <c>.jsonl</c> file. A manifest's files must have its sizes and SHA-256s and its count of lines; every line must be
/// a response. A truncated or altered export is rejected with an <see cref="ExportException"/> naming the file.
/// </summary>
public static partial class ExportReader
{
    /// <summary>Reads every export <paramref name="path"/> names.</summary>
    /// <exception cref="ExportException">The path is not an export, or an export in it is damaged.</exception>
    public static IReadOnlyList<ReadExport> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var result = ReadAll([path]);
        if (result.Errors.Count > 0) throw result.Errors[0];
        return result.Exports;
    }

    /// <summary>
    /// Reads every export the paths name, several at once, and reports every rejected one rather than stopping at the
    /// first. <paramref name="progress"/> hears each export's source once it is read.
    /// </summary>
    public static ExportReadResult ReadAll(IEnumerable<string> paths, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadAllCore(paths.ToList(), progress);
    }

    /// <summary>How many exports <see cref="ReadAll"/> will read for these paths (for a progress bar).</summary>
    public static int CountExports(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var warnings = new List<string>();
        var errors = new List<ExportException>();
        return paths.Sum(p => Expand(p, warnings, errors).Count);
    }

    private static ExportReadResult ReadAllCore(List<string> paths, IProgress<string>? progress)
    {
        var warnings = new List<string>();
        var errors = new List<ExportException>();
        var units = paths.SelectMany(p => Expand(p, warnings, errors)).Distinct(StringComparer.Ordinal).ToList();
        var read = new ReadExport?[units.Count];
        var failed = new ExportException?[units.Count];
        Parallel.For(0, units.Count, i =>
        {
            try
            {
                read[i] = ReadUnit(units[i]);
            }
            catch (ExportException e)
            {
                failed[i] = e;
            }

            progress?.Report(units[i]);
        });
        foreach (var unit in units.Where(u => !u.EndsWith(SurveyExportManifest.Suffix, StringComparison.Ordinal)))
        {
            warnings.Add($"{unit} has no manifest: its lines were read but its completeness cannot be checked.");
        }

        errors.AddRange(failed.OfType<ExportException>());
        return new ExportReadResult(read.OfType<ReadExport>().ToList(), warnings, errors);
    }

    private static ReadExport ReadUnit(string unit) =>
        unit.EndsWith(SurveyExportManifest.Suffix, StringComparison.Ordinal) ? ReadManifest(unit) : ReadBare(unit);
}
