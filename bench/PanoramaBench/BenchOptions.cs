namespace PanoramaBench;

/// <summary>Command-line settings of the benchmark.</summary>
internal sealed record BenchOptions(int Width, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        var width = 16384;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--size" && i + 1 < args.Length)
            {
                width = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return new BenchOptions(width, args.Contains("--keep"));
    }

    /// <summary>Folder for the cached source and the outputs; survives runs so the source is generated once.</summary>
    public static string WorkDir => Path.Combine(Path.GetTempPath(), "exhibition-panorama-bench");
}
