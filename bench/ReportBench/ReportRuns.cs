using System.Diagnostics;
using Exhibition.Survey.Storage;

namespace ReportBench;

/// <summary>Times the whole <c>exhibition-pack survey report</c> program over 50 exports of 2,000 responses.</summary>
internal static class ReportRuns
{
    public static List<double> Run(string root, string? keep, int runs)
    {
        var exports = Path.Combine(root, "exports");
        var random = new Random(2);
        for (var kiosk = 0; kiosk < 50; kiosk++)
        {
            var id = Guid.NewGuid().ToString("N");
            var responses = Enumerable.Range(0, 2000).Select(_ => BenchResponses.Make(random, id)).ToList();
            SurveyExportWriter.Write(exports, id, responses, all: false, DateTime.Now);
        }

        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var output = keep ?? Path.Combine(root, "report");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "exhibition-pack.dll"), "survey", "report", exports, "-o", output, "--json" })
                start.ArgumentList.Add(argument);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            times.Add(clock.Elapsed.TotalSeconds);
            if (process.ExitCode != 0) throw new InvalidOperationException($"survey report failed ({process.ExitCode}): {stderr}");
            Console.WriteLine($"report {run + 1}: {times[^1]:0.00} s, {stdout.Result.Split('\n').FirstOrDefault(l => l.Contains("\"responses\""))?.Trim()} -> {output}");
        }

        return times;
    }
}
