using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;

namespace VideoBench;

/// <summary>What the real viewer reported (--stats) for a clip played as a tour's video scene.</summary>
internal sealed record ViewerVideoResult(double OnTimePercent, long Shown, long Dropped, double P50, double P99, long PeakRss,
    double FrameMsP50, double CpuSeconds);

/// <summary>
/// Plays a clip as a tour's video scene: packed STORED into a one-scene bundle, opened by the viewer's .NET build
/// (kiosks run the native one; playback after start-up is the same code) headless at 1280×720, decoded through the bundle byte range, its sound clocked by SDL's dummy driver (unless
/// SDL_AUDIODRIVER says otherwise), and drawn by the viewer's own frame loop; measured with --script and --stats.
/// </summary>
internal static class ViewerVideoRun
{
    public static ViewerVideoResult Play(BenchClip clip)
    {
        var work = Path.Combine(Path.GetTempPath(), "exhibition-videobench", "viewer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var bundle = Pack(clip, work);
            var script = Path.Combine(work, "script.txt");
            File.WriteAllText(script, string.Create(CultureInfo.InvariantCulture, $"wait {clip.Seconds + 2}\n"));
            var cpuStart = CpuTime.Now().Children;
            var stats = Run(bundle, script, work);
            var cpu = CpuTime.Now().Children - cpuStart;
            var expected = clip.Fps * clip.Seconds;
            return new ViewerVideoResult(100.0 * stats.GetProperty("videoFramesOnTime").GetInt64() / expected,
                stats.GetProperty("videoFramesShown").GetInt64(), stats.GetProperty("videoFramesDropped").GetInt64(),
                stats.GetProperty("avOffsetMsP50").GetDouble(), stats.GetProperty("avOffsetMsP99").GetDouble(),
                stats.GetProperty("peakRssBytes").GetInt64(), stats.GetProperty("frameMsP50").GetDouble(), cpu);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Pack(BenchClip clip, string work)
    {
        var poster = Path.Combine(work, "poster.jpg");
        BenchClip.RunFfmpeg("extract the poster", "-hide_banner", "-loglevel", "error", "-y", "-i", clip.Path, "-frames:v", "1", "-vf", "scale=1024:-2", poster);
        var text = new LocalizedText { ["en"] = clip.Name };
        var tour = new Tour
        {
            Id = "videobench", Version = "1", Title = text, Languages = ["en"], FirstScene = "film", TransitionSeconds = 0,
            Scenes =
            [
                new Scene
                {
                    Id = "film", Title = text, InitialView = new ViewAngles(30, 5, 100),
                    Video = new VideoMedia
                    {
                        Path = "film.mp4", Width = clip.Width, Height = clip.Height, DurationSeconds = clip.Seconds,
                        FramesPerSecond = clip.Fps, HasAudio = true, PosterPath = "poster.jpg",
                    },
                },
            ],
            Survey = new Survey { Questions = [] },
            Kiosk = new KioskSettings { AutoRotateAfterSeconds = 3600 },
        };
        var path = Path.Combine(work, "bench.exhibit");
        using var writer = new BundleWriter(path);
        writer.AddEntry(TourJson.EntryPath, TourJson.Serialize(tour));
        writer.AddFile("film.mp4", clip.Path);
        writer.AddFile("poster.jpg", poster);
        writer.Commit("videobench", "1");
        return path;
    }

    private static JsonElement Run(string bundle, string script, string work)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "ExhibitionViewer.dll"), bundle, "--script", script, "--stats", "--windowed", "1280x720"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["EXHIBITION_DATA_DIR"] = Path.Combine(work, "data");
        start.Environment["SDL_AUDIODRIVER"] = Environment.GetEnvironmentVariable("SDL_AUDIODRIVER") ?? "dummy";
        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the viewer did not finish within 5 minutes");
        }

        var line = stdout.Result.Split('\n').LastOrDefault(l => l.StartsWith("{\"frames\"", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"the viewer exited {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return JsonDocument.Parse(line).RootElement.Clone();
    }
}
