using System.Globalization;
using System.Text.Json;
using ViewerBench;

// Whole-program figures of the viewer, run as a separate headless process (SDL offscreen driver, Mesa llvmpipe):
// start-up, full detail, panning frame times and peak memory touring a bundle of 16K panoramas.
// Usage: ViewerBench [--bundle big.exhibit] [--viewer PATH] [--work DIR] [--size WxH] [--runs N]
// Without --viewer it measures the viewer as scripts/publish.sh ships it to kiosks.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a, p => p.i + 1 < args.Length ? args[p.i + 1] : "");
var work = options.GetValueOrDefault("--work") ?? Path.Combine(Path.GetTempPath(), "exhibition-viewer-bench");
var size = options.GetValueOrDefault("--size") ?? "1920x1080";
var runs = int.Parse(options.GetValueOrDefault("--runs") ?? "3", CultureInfo.InvariantCulture);
var (width, height) = (int.Parse(size.Split('x')[0], CultureInfo.InvariantCulture), int.Parse(size.Split('x')[1], CultureInfo.InvariantCulture));
Directory.CreateDirectory(work);
var repository = Repository.Root();
var bundle = options.GetValueOrDefault("--bundle") ?? BigBundle.Make(repository, work);
var viewer = options.GetValueOrDefault("--viewer") ?? PublishedViewer.Publish(repository, work);

var results = new Results();
Console.WriteLine($"Viewer at {size}, {runs} runs each, {Environment.ProcessorCount} cores; load average before: {Repository.LoadAverage()}");
var startup = Repeat(runs, () => ViewerRun.Play(viewer, bundle, Scripts.Startup, size, work));
results.Add("process start -> first frame (ms)", Median(startup, "firstFrameMs"), 400, runs);
results.Add("process start -> full detail of the start view (ms)", Median(startup, "fullDetailMs"), 1500, runs);
var panning = Repeat(runs, () => ViewerRun.Play(viewer, bundle, Scripts.Panning(width, height, 10), size, work));
results.Add("panning ~10 s: frame time p50 (ms)", Median(panning, "frameMsP50"), 16.7, runs);
results.Add("panning ~10 s: frame time p99 (ms)", Median(panning, "frameMsP99"), 33, runs);
var tour = Repeat(runs, () => ViewerRun.Play(viewer, bundle, Scripts.Tour(width, height, BigBundle.Scenes), size, work));
results.Add($"touring {BigBundle.Scenes} scenes of 16K: peak RSS (MB)", tour.Max(t => t.GetProperty("peakRssBytes").GetInt64()) / 1048576.0, 500, runs, "max");
results.Add("touring: tap -> preloaded scene on screen, worst (ms)", tour.Max(t => t.GetProperty("sceneChangeMsMax").GetDouble()), 33, runs, "max");
results.Add("touring: tap -> new scene in full detail, worst (ms)", tour.Max(t => t.GetProperty("sceneDetailMsMax").GetDouble()), 1500, runs, "max");
Console.WriteLine($"Load average after: {Repository.LoadAverage()}");
return results.Print();

static List<JsonElement> Repeat(int runs, Func<JsonElement> run)
{
    var all = new List<JsonElement>();
    for (var i = 0; i < runs; i++)
    {
        var stats = run();
        Console.WriteLine("  " + stats.GetRawText());
        all.Add(stats);
    }

    return all;
}

static double Median(List<JsonElement> runs, string property)
{
    var values = runs.Select(r => r.GetProperty(property).ValueKind == JsonValueKind.Number ? r.GetProperty(property).GetDouble() : double.PositiveInfinity).Order().ToList();
    return values[values.Count / 2];
}
