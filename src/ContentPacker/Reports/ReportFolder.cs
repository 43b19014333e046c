using ContentPacker.Cli;

namespace ContentPacker.Reports;

/// <summary>
/// The output folder, written in a hidden staging folder beside it and renamed into place at the end, so a report
/// that fails leaves nothing half-written, and a previous report is replaced only by a complete one.
/// </summary>
internal static class ReportFolder
{
    public const string HtmlName = "report.html";

    public static void Write(string output, Action<string> write)
    {
        var full = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(full) ?? throw new UsageException($"{output} cannot be an output folder.");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, HtmlName)))
        {
            throw new UsageException($"{output} exists and is not a survey report folder; give a new or empty folder (a previous report is replaced).");
        }

        Directory.CreateDirectory(parent);
        var stage = Path.Combine(parent, $".{Path.GetFileName(full)}.report-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(stage);
            write(stage);
            Swap(stage, full, parent);
        }
        finally
        {
            if (Directory.Exists(stage)) Directory.Delete(stage, recursive: true);
        }
    }

    private static void Swap(string stage, string full, string parent)
    {
        if (!Directory.Exists(full))
        {
            Directory.Move(stage, full);
            return;
        }

        var old = Path.Combine(parent, $".{Path.GetFileName(full)}.old-{Guid.NewGuid():N}");
        Directory.Move(full, old);
        Directory.Move(stage, full);
        Directory.Delete(old, recursive: true);
    }
}
