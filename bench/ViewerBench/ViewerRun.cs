using System.Diagnostics;
using System.Text.Json;

namespace ViewerBench;

/// <summary>One headless run of the real viewer with a script and --stats; returns the stats line.</summary>
internal static class ViewerRun
{
    public static JsonElement Play(string viewer, string bundle, string script, string size, string work)
    {
        var file = Path.Combine(work, "script.txt");
        File.WriteAllText(file, script);
        var start = new ProcessStartInfo(viewer) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[bundle, "--script", file, "--stats", "--windowed", size])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["EXHIBITION_DATA_DIR"] = Path.Combine(work, "data");
        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the viewer did not finish within 3 minutes");
        }

        var line = stdout.Result.Split('\n').LastOrDefault(l => l.StartsWith("{\"frames\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no stats from the viewer (exit {process.ExitCode}): {stderr.Result}");
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the viewer exited {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return JsonDocument.Parse(line).RootElement.Clone();
    }
}
