using System.Globalization;

namespace PanoramaBench;

/// <summary>Times the tiler and <c>vips dzsave</c> on the same source and checks the targets.</summary>
internal static class BenchRun
{
    private const double WallTargetSeconds = 6;
    private const double PeakTargetMegabytes = 1024;

    public static int Run(BenchOptions options)
    {
        var source = SourceImage.Ensure(options.Width);
        Console.WriteLine($"source: {source} ({new FileInfo(source).Length / 1e6:F1} MB), cores: {Environment.ProcessorCount}");
        var tiler = RunTiler(source);
        var vips = RunVips(source);
        Print([tiler, vips]);
        if (!options.Keep)
        {
            Directory.Delete(Output("tiler"), recursive: true);
            Directory.Delete(Output("vips"), recursive: true);
        }

        var ok = tiler.WallSeconds <= WallTargetSeconds && tiler.PeakMegabytes <= PeakTargetMegabytes;
        Console.WriteLine(ok
            ? $"PASS: tiler within {WallTargetSeconds} s and {PeakTargetMegabytes} MB"
            : $"FAIL: tiler target is {WallTargetSeconds} s and {PeakTargetMegabytes} MB");
        return ok ? 0 : 1;
    }

    private static Measured RunTiler(string source)
    {
        var output = Fresh("tiler");
        var (wall, peak, stdout) = TimedProcess.Run(Environment.ProcessPath!, ["--child", source, output]);
        return new Measured("PanoramaTiler (6 faces, cube pyramid)", wall, peak, CountFiles(output), stdout.Trim());
    }

    private static Measured RunVips(string source)
    {
        var output = Fresh("vips");
        var (wall, peak, _) = TimedProcess.Run("vips",
            ["dzsave", source, Path.Combine(output, "pyramid"), "--tile-size", "512", "--overlap", "0", "--suffix", ".jpg[Q=85]"]);
        return new Measured("vips dzsave (equirect, yardstick)", wall, peak, CountFiles(output), "system vips CLI");
    }

    private static void Print(IEnumerable<Measured> rows)
    {
        Console.WriteLine($"{"run",-40} {"wall s",8} {"peak MB",9} {"files",7}  note");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Name,-40} {row.WallSeconds,8:F2} {row.PeakMegabytes,9:F0} {row.Files,7}  {row.Note}"));
        }
    }

    private static string Output(string name) => Path.Combine(BenchOptions.WorkDir, "out-" + name);

    private static string Fresh(string name)
    {
        var dir = Output(name);
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        return dir;
    }

    private static int CountFiles(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Count();
}
