using System.Diagnostics;
using Exhibition.Survey.Storage;
using ReportBench;

// Exporting 100,000 responses from one store (target 3 s), and `exhibition-pack survey report` over 100,000
// responses in 50 kiosk exports (target 5 s, the whole program). Filling is not timed.
// Usage: dotnet run -c Release --project bench/ReportBench [-- --keep DIR]   (--keep leaves the report in DIR)
var keep = args.Length == 2 && args[0] == "--keep" ? Path.GetFullPath(args[1]) : null;
var root = Path.Combine(Path.GetTempPath(), "report-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(root);
try
{
    var results = new List<(string What, double Seconds, double Target)>
    {
        ("export 100,000 responses (one store)", Export(root), 3.0),
        ("report over 100,000 responses, 50 exports", Report(root, keep), 5.0),
    };
    Console.WriteLine($"{"what",-46} {"seconds",8} {"target",7}");
    foreach (var (what, seconds, target) in results)
        Console.WriteLine($"{what,-46} {seconds,8:0.00} {target,7:0.0} {(seconds <= target ? "ok" : "MISSED")}");
    return results.All(r => r.Seconds <= r.Target) ? 0 : 1;
}
finally
{
    Directory.Delete(root, recursive: true);
}

static double Export(string root)
{
    using var store = SurveyStore.Open(Path.Combine(root, "kiosk"));
    var random = new Random(1);
    store.StoreBatch(Enumerable.Range(0, 100_000).Select(_ => BenchResponses.Make(random, store.KioskId)));
    var clock = Stopwatch.StartNew();
    var export = store.Export(Path.Combine(root, "usb"));
    var seconds = clock.Elapsed.TotalSeconds;
    if (export.Count != 100_000) throw new InvalidOperationException($"exported {export.Count}, expected 100000");
    // Where the time goes: the same three files written from responses already in memory, without LiteDB.
    var all = store.All().ToList();
    clock.Restart();
    SurveyExportWriter.Write(Path.Combine(root, "usb2"), store.KioskId, all, all: true, DateTime.Now);
    Console.WriteLine($"export: writing the three files alone takes {clock.Elapsed.TotalSeconds:0.00} s; the rest is LiteDB reading and marking");
    Console.WriteLine($"export: {export.Count} responses, {new FileInfo(export.FilePath).Length / 1e6:0.0} MB JSON lines, {new FileInfo(export.CsvPath).Length / 1e6:0.0} MB CSV");
    return seconds;
}

static double Report(string root, string? keep)
{
    var exports = Path.Combine(root, "exports");
    var random = new Random(2);
    for (var kiosk = 0; kiosk < 50; kiosk++)
    {
        var id = Guid.NewGuid().ToString("N");
        var responses = Enumerable.Range(0, 2000).Select(_ => BenchResponses.Make(random, id)).ToList();
        SurveyExportWriter.Write(exports, id, responses, all: false, DateTime.Now);
    }

    var output = keep ?? Path.Combine(root, "report");
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "exhibition-pack.dll"), "survey", "report", exports, "-o", output, "--json" })
        start.ArgumentList.Add(argument);
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEnd();
    process.WaitForExit();
    var seconds = clock.Elapsed.TotalSeconds;
    if (process.ExitCode != 0) throw new InvalidOperationException($"survey report failed ({process.ExitCode}): {stderr}");
    Console.WriteLine($"report: {stdout.Result.Split('\n').FirstOrDefault(l => l.Contains("\"responses\""))?.Trim()} -> {output}");
    return seconds;
}
