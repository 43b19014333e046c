using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Tests.Video.Support;

namespace ExhibitionViewer.Tests.Video;

/// <summary>Going in and out of a video scene many times through the real viewer: no ffmpeg left, no memory growth.</summary>
[NonParallelizable]
public sealed class VideoSceneChurnTests
{
    // A leak of even one decoded 480×240 frame queue per visit (about 1.3 MB) would add over 100 MB across the
    // 80 extra visits; the allowance covers what the runtime and llvmpipe settle into.
    private const long AllowedGrowthBytes = 40L << 20;

    [Test]
    public void A_hundred_visits_to_a_video_scene_leave_no_ffmpeg_behind_and_memory_flat()
    {
        // Given the tour with a film, visited 20 times in one run and 100 times in another
        using var film = new VideoTourBundle();
        var bundle = film.Write("churn");
        var twenty = Visit(film, bundle, 20);
        var hundred = Visit(film, bundle, 100);

        // Then every visit reached the film, each run ended in the hall with no ffmpeg child, none is left running,
        // and a hundred visits peaked no higher than twenty, give or take the allowance
        Assert.That(hundred.GetProperty("sceneChanges").GetInt32(), Is.EqualTo(200));
        Assert.That(hundred.GetProperty("videoFramesShown").GetInt64(), Is.GreaterThan(10 * 15));
        foreach (var run in (JsonElement[])[twenty, hundred])
        {
            Assert.That(run.GetProperty("scene").GetString(), Is.EqualTo("hall"));
            Assert.That(run.GetProperty("ffmpegProcesses").GetInt32(), Is.Zero);
        }

        Assert.That(FfmpegProcessesReading(film.Temp.Path), Is.Empty);
        var growth = hundred.GetProperty("peakRssBytes").GetInt64() - twenty.GetProperty("peakRssBytes").GetInt64();
        TestContext.Out.WriteLine($"peak RSS after 20 visits {twenty.GetProperty("peakRssBytes").GetInt64() >> 20} MB, after 100 {hundred.GetProperty("peakRssBytes").GetInt64() >> 20} MB");
        Assert.That(growth, Is.LessThan(AllowedGrowthBytes));
    }

    private static JsonElement Visit(VideoTourBundle film, string bundle, int visits)
    {
        var script = new StringBuilder();
        for (var i = 0; i < visits; i++)
        {
            // Most visits leave while the film is still opening; every tenth stays long enough to play.
            var stay = i % 10 == 9 ? "1.5" : "0.25";
            script.Append(CultureInfo.InvariantCulture, $"tap 320 180\nwait {stay}\nexpect-scene film\nkey Escape\nwait 0.05\nexpect-scene hall\n");
        }

        var file = Path.Combine(film.Temp.Path, $"churn-{visits}.txt");
        File.WriteAllText(file, script.ToString());
        var (exit, stdout, stderr) = ViewerProcess.Run(film.Temp.Path,
            [bundle, "--script", file, "--stats", "--windowed", "640x360", "--yaw", VideoTourBundle.HallYaw.ToString(CultureInfo.InvariantCulture)]);
        Assert.That(exit, Is.EqualTo(0), stdout + stderr);
        return ViewerProcess.Stats(exit, stdout, stderr);
    }

    private static List<int> FfmpegProcessesReading(string folder) =>
        [.. Process.GetProcessesByName("ffmpeg").Where(p => CommandLine(p.Id).Contains(folder, StringComparison.Ordinal)).Select(p => p.Id)];

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
