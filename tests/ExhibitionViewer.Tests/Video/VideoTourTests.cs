using System.Text.Json;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Tests.Video.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Video;

/// <summary>The real viewer playing a bundle's video scene, driven by --script and checked through --stats.</summary>
[NonParallelizable]
public sealed class VideoTourTests
{
    private VideoTourBundle film = null!;
    private string bundle = null!;

    [OneTimeSetUp]
    public void WriteBundle()
    {
        film = new VideoTourBundle();
        bundle = film.Write("tour");

        // With VIEWER_TEST_OUTPUT set, keeps the bundle for a person to play.
        if (Environment.GetEnvironmentVariable("VIEWER_TEST_OUTPUT") is { Length: > 0 } keep)
        {
            File.Copy(bundle, Path.Combine(keep, "video-tour.exhibit"), overwrite: true);
        }
    }

    [OneTimeTearDown]
    public void DeleteTemp() => film.Dispose();

    private (int Exit, JsonElement Stats, string Output) Play(string bundlePath, string script, params string[] extra)
    {
        var file = Path.Combine(film.Temp.Path, $"script-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, script);
        var (exit, stdout, stderr) = ViewerProcess.Run(film.Temp.Path,
            [bundlePath, "--script", file, "--stats", "--windowed", "640x360", "--yaw", VideoTourBundle.HallYaw.ToString(System.Globalization.CultureInfo.InvariantCulture), .. extra]);
        var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith("{\"frames\"", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, $"no stats line; exit {exit}\n{stdout}\n{stderr}");
        return (exit, JsonDocument.Parse(line!).RootElement.Clone(), stdout + stderr);
    }

    [Test]
    public void Entering_the_video_scene_plays_it_and_leaving_returns_to_the_panorama_with_no_ffmpeg_left()
    {
        // Given the hall looking at the film's hotspot
        // When the visitor taps it, watches for 2 s, and presses Escape
        var (exit, stats, output) = Play(bundle, "tap 320 180\nwait 2\nexpect-scene film\nkey Escape\nwait 0.5\n");

        // Then frames of the film were shown, the tour is back in the hall, and every ffmpeg child has been reaped
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("scene").GetString(), Is.EqualTo("hall"));
        Assert.That(stats.GetProperty("videoFramesShown").GetInt64(), Is.GreaterThan(15), output);
        Assert.That(stats.GetProperty("ffmpegProcesses").GetInt32(), Is.Zero);
        Assert.That(stats.GetProperty("videoState").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Space_pauses_the_video_and_its_time_stops()
    {
        // Given the film playing for 1.5 s
        // When Space is pressed and 2 s pass
        var (exit, stats, output) = Play(bundle, "tap 320 180\nwait 1.5\nkey Space\nwait 2\nexpect-scene film\n");

        // Then it is paused short of where 3.5 s of playing would have taken it (at most the 1.5 s before the key)
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("videoState").GetString(), Is.EqualTo("Paused"));
        var at = stats.GetProperty("videoSeconds").GetDouble();
        Assert.That(at, Is.GreaterThan(0.2).And.LessThanOrEqualTo(1.6), output);
        Assert.That(stats.GetProperty("videoFramesShown").GetInt64(), Is.LessThanOrEqualTo((long)(1.6 * 30) + 2));
    }
}
