using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Video;

namespace ExhibitionViewer.App;

/// <summary>
/// What <c>--stats</c> prints at exit as one JSON line: frame times, loading, memory, start-up, and where the visit
/// ended, so scripts and tests can assert outcomes.
/// </summary>
public sealed class RunStats
{
    // Messages keep their quotes readable; the line goes to a terminal or a test, never into HTML.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ViewerJsonContext.Default,
    };
    private readonly DurationDistribution frameMs = new();
    private int sceneChanges;
    private double? sceneChangeMsMax;
    private double? sceneDetailMsMax;
    private readonly DateTime processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>Milliseconds from process start to the first frame on screen, or null before it.</summary>
    public double? FirstFrameMs { get; private set; }

    /// <summary>Milliseconds from process start to the first frame showing the initial view in full detail.</summary>
    public double? FullDetailMs { get; private set; }

    /// <summary>What the run's video scenes showed (frames shown, dropped, A/V offsets), or null when it played none.</summary>
    public VideoStats? Video { get; set; }

    /// <summary>The video scene's playback state at exit (e.g. Playing, Paused), or null outside a video scene.</summary>
    public string? VideoState { get; set; }

    /// <summary>The video scene's time at exit in seconds, or null outside a video scene.</summary>
    public double? VideoSeconds { get; set; }

    /// <summary>Frames recorded.</summary>
    public long Frames => frameMs.Count;

    /// <summary>Records one frame: its work time, and whether the view it showed was complete.</summary>
    public void AddFrame(TimeSpan work, bool complete)
    {
        frameMs.Add(work.TotalMilliseconds);
        FirstFrameMs ??= SinceStart();
        if (complete)
        {
            FullDetailMs ??= SinceStart();
        }
    }

    /// <summary>Records a scene change: from the start of the frame that took the tap to the new scene on screen.</summary>
    public void AddSceneChange(TimeSpan toFirstFrame)
    {
        sceneChanges++;
        sceneChangeMsMax = Math.Max(sceneChangeMsMax ?? 0, toFirstFrame.TotalMilliseconds);
    }

    /// <summary>Records how long after the tap the new scene's entry view was in full detail.</summary>
    public void AddSceneDetail(TimeSpan toFullDetail) => sceneDetailMsMax = Math.Max(sceneDetailMsMax ?? 0, toFullDetail.TotalMilliseconds);

    /// <summary>Forgets the frame times so far (start-up), so what follows is measured alone.</summary>
    public void ResetFrameTimes() => frameMs.Clear();

    /// <summary>Marks the initial view as never reaching full detail in time (a scene change came first).</summary>
    public void StopWaitingForDetail() => FullDetailMs ??= -1;

    /// <summary>The JSON line.</summary>
    public string ToJson(string scene, ViewAngles view, int tilesLoaded, long textureBytes, IReadOnlyList<string> failures)
    {
        var stats = new Dictionary<string, object?>
        {
            ["frames"] = frameMs.Count,
            ["frameMsP50"] = Math.Round(frameMs.Percentile(0.50), 2),
            ["frameMsP95"] = Math.Round(frameMs.Percentile(0.95), 2),
            ["frameMsP99"] = Math.Round(frameMs.Percentile(0.99), 2),
            ["frameMsMax"] = Math.Round(frameMs.MaxMs, 2),
            ["tilesLoaded"] = tilesLoaded,
            ["textureCacheBytes"] = textureBytes,
            ["peakRssBytes"] = PeakRssBytes(),
            ["firstFrameMs"] = FirstFrameMs is { } f ? Math.Round(f, 1) : null,
            ["fullDetailMs"] = FullDetailMs is { } d and >= 0 ? Math.Round(d, 1) : null,
            ["sceneChanges"] = sceneChanges,
            ["sceneChangeMsMax"] = sceneChangeMsMax is { } change ? Math.Round(change, 1) : null,
            ["sceneDetailMsMax"] = sceneDetailMsMax is { } detail ? Math.Round(detail, 1) : null,
            ["scene"] = scene,
            ["yaw"] = Math.Round(view.Yaw, 3),
            ["pitch"] = Math.Round(view.Pitch, 3),
            ["hfov"] = Math.Round(view.Hfov, 3),
            ["videoFramesShown"] = Video?.FramesShown ?? 0,
            ["videoFramesDropped"] = Video?.FramesDropped ?? 0,
            ["videoFramesOnTime"] = Video?.FramesOnTime ?? 0,
            ["avOffsetMsP50"] = Math.Round(Video?.OffsetP50Milliseconds ?? 0, 2),
            ["avOffsetMsP99"] = Math.Round(Video?.OffsetP99Milliseconds ?? 0, 2),
            ["videoState"] = VideoState,
            ["videoSeconds"] = VideoSeconds is { } at ? Math.Round(at, 3) : null,
            ["ffmpegProcesses"] = FfmpegProcess.Live,
            ["scriptFailures"] = failures.ToArray(),
        };
        return JsonSerializer.Serialize(stats, (JsonTypeInfo<Dictionary<string, object?>>)JsonOptions.GetTypeInfo(stats.GetType()));
    }

    private double SinceStart() => (DateTime.UtcNow - processStart).TotalMilliseconds;

    /// <summary>Peak resident set size (VmHWM in /proc/self/status), or -1 where that is not available.</summary>
    public static long PeakRssBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kb = line?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? -1 : long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
