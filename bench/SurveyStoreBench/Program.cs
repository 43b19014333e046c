using System.Diagnostics;
using System.Globalization;
using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

// What durability costs: time per SurveyStore.Store with each durability step, on the disk and on a RAM disk
// (/dev/shm, where fsync costs nothing), so the fsync share can be read off.
//   dotnet run -c Release --project bench/SurveyStoreBench -- [count] [disk folder] [ram folder]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var folders = new List<(string Name, string Path)> { ("disk", args.Length > 1 ? args[1] : Path.GetTempPath()) };
var ram = args.Length > 2 ? args[2] : "/dev/shm";
if (Directory.Exists(ram)) folders.Add(("ram", ram));

Console.WriteLine($"SurveyStore.Store, {count} responses per run, ms per response");
Console.WriteLine($"{"medium",-6} {"durability",-20} {"median",8} {"p99",8} {"max",8} {"per s",8}");
foreach (var (name, root) in folders)
{
    foreach (var durability in Enum.GetValues<StoreDurability>())
    {
        var times = Run(Path.Combine(root, "survey-bench-" + Guid.NewGuid().ToString("N")[..8]), durability, count);
        times.Sort();
        var median = times[times.Count / 2];
        var p99 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-6} {durability,-20} {median,8:F3} {p99,8:F3} {times[^1],8:F3} {1000 / times.Average(),8:F0}"));
    }
}

static List<double> Run(string folder, StoreDurability durability, int count)
{
    try
    {
        using var store = SurveyStore.OpenCore(folder, durability);
        var origin = new ResponseOrigin("bench", "1.0.0", store.KioskId);
        var answers = new Dictionary<string, SurveyAnswer>
        {
            ["enjoyed"] = SurveyAnswer.YesNo(true),
            ["age"] = SurveyAnswer.Single("adult"),
            ["careers"] = SurveyAnswer.Multi(["lab", "theatre"]),
            ["rating"] = SurveyAnswer.Scale(4),
            ["comment"] = SurveyAnswer.Text("a short comment"),
        };
        for (var i = 0; i < 10; i++) store.Store(SurveyResponse.Create(origin, "en", DateTimeOffset.Now, null, answers));
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var response = SurveyResponse.Create(origin, "en", DateTimeOffset.Now, TimeSpan.FromMinutes(i % 30), answers);
            var start = Stopwatch.GetTimestamp();
            store.Store(response);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}
