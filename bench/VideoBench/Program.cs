using System.Globalization;
using ExhibitionViewer.Platform;
using VideoBench;

// Plays generated 360° clips headless and checks the targets: ≥ 99% of frames shown on time, A/V offset p50 and p99
// ≤ 45 ms, flat memory. Each clip is measured twice: through the video components in this process (decoders, clock,
// layer, controls; with CPU and memory over time), and through the viewer itself, as a tour's video scene packed in
// a bundle, with --script and --stats (the viewer's .NET build). Usage: VideoBench [seconds]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
BenchClip[] clips =
[
    new("uhd", 3840, 1920, 30, seconds, 20),
    new("hd", 1920, 960, 30, seconds, 8),
];
foreach (var clip in clips)
{
    clip.Ensure();
}

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (shared; figures vary with other work)");
using var window = SdlWindow.Open(new WindowOptions("VideoBench", 64, 64, Hidden: true), headless: true);
using var audio = SdlAudioDevice.TryOpen(Environment.GetEnvironmentVariable("SDL_AUDIODRIVER") ?? "dummy", out var reason);
Console.WriteLine(audio is null ? $"No audio device ({reason}): wall clock" : $"Audio: SDL driver {audio.Driver}");

var missed = false;
Console.WriteLine();
Console.WriteLine("| clip | on time | shown | dropped | A/V p50 | A/V p99 | catch-ups | RSS start→warm→end | draw ms | ffmpeg -f null | our CPU / null CPU |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
foreach (var clip in clips)
{
    var (nullFps, nullCpu) = NullDecode.Measure(clip);
    var r = PlaybackRun.Play(window, audio, clip);
    var ok = r.OnTimePercent >= 99 && r.P50 <= 45 && r.P99 <= 45 && r.RssEnd - r.RssWarm < 50_000_000;
    missed |= !ok;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {clip.Width}x{clip.Height} {clip.Megabits} Mb/s {clip.Seconds} s | {r.OnTimePercent:F1}% | {r.Shown} | {r.Dropped} | {r.P50:F1} ms | {r.P99:F1} ms | {r.CatchUps} | {r.RssStart / 1e6:F0}→{r.RssWarm / 1e6:F0}→{r.RssEnd / 1e6:F0} MB | {r.FrameMs:F1} | {nullFps:F0} fps, {nullCpu:F1} s CPU | {r.CpuSeconds:F1} s / {nullCpu:F1} s = {r.CpuSeconds / nullCpu:F2} |{(ok ? "" : " MISSED")}"));
}

Console.WriteLine();
Console.WriteLine("Through the viewer (a bundle's video scene, ExhibitionViewer --script --stats --windowed 1280x720):");
Console.WriteLine();
Console.WriteLine("| clip | on time | shown | dropped | A/V p50 | A/V p99 | peak RSS | frame ms p50 | CPU (viewer + ffmpeg) |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
foreach (var clip in clips)
{
    var v = ViewerVideoRun.Play(clip);
    var ok = v.OnTimePercent >= 99 && v.P50 <= 45 && v.P99 <= 45;
    missed |= !ok;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {clip.Width}x{clip.Height} {clip.Megabits} Mb/s {clip.Seconds} s | {v.OnTimePercent:F1}% | {v.Shown} | {v.Dropped} | {v.P50:F1} ms | {v.P99:F1} ms | {v.PeakRss / 1e6:F0} MB | {v.FrameMsP50:F1} | {v.CpuSeconds:F1} s |{(ok ? "" : " MISSED")}"));
}

Console.WriteLine($"Load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine();
Console.WriteLine("Targets: ≥ 99% frames on time (within one frame interval), A/V offset p50 and p99 ≤ 45 ms, RSS growth after the first 10 s (queue, pool and textures full) < 50 MB.");
return missed ? 1 : 0;
