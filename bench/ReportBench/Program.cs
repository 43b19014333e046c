using System.Diagnostics;
using System.Globalization;
using Exhibition.Survey.Storage;
using ReportBench;

// Exporting 100,000 responses from one store (target 3 s), and `exhibition-pack survey report` over 100,000
// responses in 50 kiosk exports (target 5 s, the whole program). Filling is not timed. Each is timed --runs times
// (the first export takes the pending responses, the later ones re-export everything with --all, the same work);
// the best and the median are printed, and the best is held to the target (the machine may be shared).
// Usage: dotnet run -c Release --project bench/ReportBench [-- [--runs N] [--keep DIR]]   (--keep leaves the report in DIR)
var runs = Option("--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
var keep = Option("--keep") is { } k ? Path.GetFullPath(k) : null;
var root = Path.Combine(Path.GetTempPath(), "report-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(root);
var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
try
{
    var results = new List<(string What, List<double> Seconds, double Target)>
    {
        ("export 100,000 responses (one store)", ExportBench.Run(root, runs), 3.0),
        ("report over 100,000 responses, 50 exports", ReportRuns.Run(root, keep, runs), 5.0),
    };
    Console.WriteLine($"load average: before {loadBefore}; after {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine($"{"what",-46} {"best s",8} {"median s",9} {"target",7}");
    foreach (var (what, seconds, target) in results)
    {
        seconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-46} {seconds[0],8:0.00} {seconds[seconds.Count / 2],9:0.00} {target,7:0.0} {(seconds[0] <= target ? "ok" : "MISSED")}"));
    }

    return results.All(r => r.Seconds[0] <= r.Target) ? 0 : 1;
}
finally
{
    Directory.Delete(root, recursive: true);
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
