namespace PanoramaBench;

/// <summary>Command-line settings of the benchmark.</summary>
internal sealed record BenchOptions(int Width, int Runs, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        var width = 16384;
        var runs = 3;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--size")
            {
                width = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--runs")
            {
                runs = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return new BenchOptions(width, Math.Max(1, runs), args.Contains("--keep"));
    }

    /// <summary>Folder for the cached source and the outputs; survives runs so the source is generated once.</summary>
    public static string WorkDir => Path.Combine(Path.GetTempPath(), "exhibition-panorama-bench");
}
