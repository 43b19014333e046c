namespace ExhibitionViewer.App;

/// <summary>
/// Where a viewer keeps what belongs to the machine: the survey store, <c>kiosk.json</c> and logs. <c>--data DIR</c>
/// wins, then <c>EXHIBITION_DATA_DIR</c>, then the user's data folder (<c>~/.local/share/exhibition</c> on Linux).
/// </summary>
internal static class DataFolder
{
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(ViewerLogging.DataDirVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "exhibition");
    }

    /// <summary>Makes <c>--data DIR</c> (anywhere on the command line) the data folder for this process, logs included,
    /// before logging starts.</summary>
    public static void ApplyFromArguments(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--data" && !string.IsNullOrWhiteSpace(args[i + 1]))
            {
                Environment.SetEnvironmentVariable(ViewerLogging.DataDirVariable, Path.GetFullPath(args[i + 1]));
                return;
            }
        }
    }
}
