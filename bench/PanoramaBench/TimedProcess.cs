using System.Diagnostics;
using System.Globalization;

namespace PanoramaBench;

/// <summary>Runs a command under <c>/usr/bin/time</c> and reads its peak RSS (%M, KiB) and CPU time (%U + %S) from the last stderr line.</summary>
internal static class TimedProcess
{
    private const string TimeTool = "/usr/bin/time";

    public static (double WallSeconds, double CpuSeconds, double PeakMegabytes, string Stdout) Run(string file, IEnumerable<string> arguments)
    {
        if (!File.Exists(TimeTool))
        {
            throw new InvalidOperationException($"{TimeTool} is missing: install it with `apt-get install -y time`.");
        }

        var info = new ProcessStartInfo(TimeTool) { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-f");
        info.ArgumentList.Add("maxrss-kib %M cpu-s %U %S");
        info.ArgumentList.Add(file);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        var lastLine = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (process.ExitCode != 0 || !lastLine.StartsWith("maxrss-kib ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}):\n{stderr}");
        }

        var fields = lastLine.Split(' ');
        var kib = double.Parse(fields[1], CultureInfo.InvariantCulture);
        var cpu = double.Parse(fields[3], CultureInfo.InvariantCulture) + double.Parse(fields[4], CultureInfo.InvariantCulture);
        return (watch.Elapsed.TotalSeconds, cpu, kib / 1024, stdout.Result);
    }
}
