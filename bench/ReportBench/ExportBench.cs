using System.Diagnostics;
using Exhibition.Survey.Storage;

namespace ReportBench;

/// <summary>Times <see cref="SurveyStore.Export(string, bool)"/> of a store of 100,000 responses.</summary>
internal static class ExportBench
{
    public static List<double> Run(string root, int runs)
    {
        using var store = SurveyStore.Open(Path.Combine(root, "kiosk"));
        var random = new Random(1);
        store.StoreBatch(Enumerable.Range(0, 100_000).Select(_ => BenchResponses.Make(random, store.KioskId)));
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var export = store.Export(Path.Combine(root, "usb"), all: run > 0);
            times.Add(clock.Elapsed.TotalSeconds);
            if (export.Count != 100_000) throw new InvalidOperationException($"exported {export.Count}, expected 100000");
            Console.WriteLine($"export {run + 1}: {times[^1]:0.00} s, {export.Count} responses, {new FileInfo(export.FilePath).Length / 1e6:0.0} MB JSON lines, {new FileInfo(export.CsvPath).Length / 1e6:0.0} MB CSV");
        }

        // Where the time goes: reading back alone, and the same three files written from responses in memory.
        var clock2 = Stopwatch.StartNew();
        var all = store.All().ToList();
        Console.WriteLine($"export: reading all 100,000 back from the store alone takes {clock2.Elapsed.TotalSeconds:0.00} s");
        clock2.Restart();
        SurveyExportWriter.Write(Path.Combine(root, "usb2"), store.KioskId, all, all: true, DateTime.Now);
        Console.WriteLine($"export: writing the three files alone takes {clock2.Elapsed.TotalSeconds:0.00} s");
        if (store.Stats() != new SurveyStats(0, 100_000, 0)) throw new InvalidOperationException($"stats after export: {store.Stats()}");
        return times;
    }
}
