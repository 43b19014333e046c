using System.Text.Json;
using Exhibition.Bundle.Model;
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
        return (exit, ViewerProcess.Stats(exit, stdout, stderr), stdout + stderr);
    }

    [Test]
    public void Entering_the_video_scene_plays_it_and_leaving_returns_to_the_panorama_with_no_ffmpeg_left()
    {
        // Given the hall looking at the film's hotspot
        // When the visitor taps it, watches its first 1.5 s, and presses Escape
        var (exit, stats, output) = Play(bundle, "tap 320 180\nwait-video 1.5\nexpect-scene film\nkey Escape\nwait-scene hall\nwait 0.5\n");

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
        // Given the film played to 1 s
        // When Space is pressed and 2 s pass
        var (exit, stats, output) = Play(bundle, "tap 320 180\nwait-video 1\nkey Space\nwait 2\nexpect-scene film\n");

        // Then it is paused where the key found it (within a few frames), not 2 s further on
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("videoState").GetString(), Is.EqualTo("Paused"));
        var at = stats.GetProperty("videoSeconds").GetDouble();
        Assert.That(at, Is.GreaterThanOrEqualTo(1).And.LessThanOrEqualTo(1.6), output);
        Assert.That(stats.GetProperty("videoFramesShown").GetInt64(), Is.LessThanOrEqualTo((long)(1.6 * 30) + 2));
    }

    [Test]
    public void An_undecodable_video_shows_a_calm_message_and_the_viewer_keeps_running()
    {
        // Given a bundle whose film entry is not a video
        var broken = film.Write("broken", broken: true);

        // When the visitor goes to the film, waits, and takes the way back (Escape)
        var (exit, stats, output) = Play(broken, "tap 320 180\nwait 1.5\nexpect-scene film\nkey Escape\nwait 0.3\nexpect-scene hall\n");

        // Then the run ends normally in the hall: no crash, no trace, no frames and no ffmpeg left
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("scene").GetString(), Is.EqualTo("hall"));
        Assert.That(stats.GetProperty("videoFramesShown").GetInt64(), Is.Zero);
        Assert.That(stats.GetProperty("ffmpegProcesses").GetInt32(), Is.Zero);
        Assert.That(output, Does.Not.Contain("Exception").And.Not.Contain("   at "));
    }

    [Test]
    public void A_film_whose_bytes_do_not_match_the_manifest_stops_with_the_calm_message_and_names_the_entry_in_the_log()
    {
        // Given a bundle whose film has one byte changed in the middle (ffmpeg alone would still play it)
        var damaged = film.Write("damaged");
        long middle;
        using (var reader = Exhibition.Bundle.Format.BundleReader.Open(damaged))
        {
            var range = reader.GetRange("scenes/film/film.mp4");
            middle = range.Offset + range.Length / 2;
        }

        using (var stream = File.Open(damaged, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = middle;
            var b = stream.ReadByte();
            stream.Position = middle;
            stream.WriteByte((byte)(b ^ 0xFF));
        }

        // When the visitor goes to the film and waits
        var (exit, stats, output) = Play(damaged, "tap 320 180\nwait 2\nexpect-scene film\n");

        // Then the film is not playing, nothing crashed, no ffmpeg is left, and the log names the entry and the reason
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("videoState").ValueKind, Is.EqualTo(JsonValueKind.Null), output);
        Assert.That(stats.GetProperty("ffmpegProcesses").GetInt32(), Is.Zero);
        Assert.That(output, Does.Not.Contain("   at "));
        var log = string.Join("\n", Directory.GetFiles(film.Temp.Path, "*.clef", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.That(log, Does.Contain("scenes/film/film.mp4").And.Contain("do not match the bundle's manifest"));
    }

    [Test]
    public void The_message_of_an_undecodable_video_has_a_way_back_that_a_tap_takes()
    {
        // Given a broken film, entered and given time to fail
        var broken = film.Write("broken-tap", broken: true);

        // When the visitor taps the message's button (centred under the card, as the painter lays it out)
        var back = BackButtonCentre(640, 360);
        var (exit, stats, output) = Play(broken, $"tap 320 180\nwait 1.5\ntap {back.X} {back.Y}\nwait 0.3\n");

        // Then the tour is back in the hall
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("scene").GetString(), Is.EqualTo("hall"));
    }

    [Test]
    public void At_the_end_a_video_goes_on_to_its_next_scene()
    {
        // Given a film that goes on to the workshop when it ends
        var next = film.Write("next", media => media with { NextScene = "workshop" });

        // When it is played to its end (4 s)
        var (exit, stats, output) = Play(next, "tap 320 180\nwait-scene film\nwait-scene workshop\nwait 1\n");

        // Then the tour is in the workshop, having shown most of the film's 120 frames
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("scene").GetString(), Is.EqualTo("workshop"));
        Assert.That(stats.GetProperty("videoFramesShown").GetInt64(), Is.GreaterThan(90), output);
        Assert.That(stats.GetProperty("ffmpegProcesses").GetInt32(), Is.Zero);
    }

    [Test]
    public void A_screenshot_at_a_time_shows_ffmpegs_frame_at_that_time_seen_from_the_view()
    {
        // Given the film scene at a view
        var output = Path.Combine(film.Temp.Path, "at.png");
        var projection = new ViewProjection(new ViewAngles(30, 10, 90), 480, 270);

        // When the viewer takes a screenshot at 2.5 s
        var (exit, stdout, stderr) = ViewerProcess.Run(film.Temp.Path, bundle, "--scene", "film", "--screenshot", output, "--at", "2.5",
            "--yaw", "30", "--pitch", "10", "--hfov", "90", "--size", "480x270");

        // Then the picture (below the scene title) is ffmpeg's own frame at 2.5 s projected on the CPU, and not its frame at 1 s.
        // Tolerance: a mean of 4 levels a channel, as for the layer's own pixel test (chroma upsampling and siting differ
        // slightly between ffmpeg and the GPU's filter); a wrong frame, matrix or axis costs far more.
        Assert.That(exit, Is.EqualTo(0), stdout + stderr);
        var actual = Band(ImageDecoder.Decode(File.ReadAllBytes(output)));
        var atTime = ImageCompare.MeanAbsoluteError(actual, Band(Reference(2.5, projection)));
        var earlier = ImageCompare.MeanAbsoluteError(actual, Band(Reference(1.0, projection)));
        TestContext.Out.WriteLine($"at 2.5 s: {atTime}; against 1 s: {earlier}");
        Assert.That(Math.Max(atTime.R, Math.Max(atTime.G, atTime.B)), Is.LessThan(4));
        Assert.That(earlier.R + earlier.G + earlier.B, Is.GreaterThan(3 * (atTime.R + atTime.G + atTime.B) + 3));
    }

    [Test]
    public void Without_ffmpeg_a_bundle_with_videos_fails_at_start_naming_the_package_and_one_without_still_opens()
    {
        // Given a PATH without ffmpeg, and a copy of the tour with its film scene taken out
        var noVideo = Path.Combine(film.Temp.Path, "no-video.exhibit");
        TourBundleWithoutVideo(noVideo);
        var script = Path.Combine(film.Temp.Path, "short.txt");
        File.WriteAllText(script, "wait 0.2\n");
        var path = FolderWithout("ffmpeg");

        // When the viewer opens each
        var withVideo = ViewerProcess.RunWithPath(film.Temp.Path, path, bundle, "--script", script);
        var without = ViewerProcess.RunWithPath(film.Temp.Path, path, noVideo, "--script", script);

        // Then the first stops at once with a clear error naming the Debian package, and the second plays
        Assert.That(withVideo.ExitCode, Is.EqualTo(3), withVideo.StdErr);
        Assert.That(withVideo.StdErr, Does.Contain("ffmpeg").And.Contain("apt-get install ffmpeg"));
        Assert.That(without.ExitCode, Is.EqualTo(0), without.StdErr);
    }

    private (float X, float Y) BackButtonCentre(int width, int height)
    {
        var layout = ExhibitionViewer.Video.VideoControlsLayout.For(width, height);
        return (layout.BackButton.MidX, layout.BackButton.MidY);
    }

    // The scene title sits at the top: compare the rows below its band.
    private static DecodedImage Band(DecodedImage image) => image.Crop(0, image.Height / 4, image.Width, image.Height * 3 / 4);

    private DecodedImage Reference(double at, ViewProjection projection) =>
        new EquirectImage(TestClip.FrameAt(film.ClipPath, at, film.Temp.Path)).RenderView(projection);

    private void TourBundleWithoutVideo(string path)
    {
        var entries = TourBundle.Entries(out var tour);
        tour = tour with
        {
            Scenes = [.. tour.Scenes.Where(s => s.Video is null).Select(s => s with { Hotspots = [.. s.Hotspots.Where(h => h.Target != "film")] })],
        };
        entries[Exhibition.Bundle.Model.TourJson.EntryPath] = Exhibition.Bundle.Model.TourJson.Serialize(tour);
        using var writer = new Exhibition.Bundle.Format.BundleWriter(path);
        foreach (var (entry, bytes) in entries.Where(e => !e.Key.StartsWith("scenes/film/", StringComparison.Ordinal)))
        {
            writer.AddEntry(entry, bytes);
        }

        writer.Commit("no-video", "1.0.0");
    }

    // A folder of links to everything on the PATH except the named tool (dotnet keeps working; ffmpeg is gone).
    private string FolderWithout(string tool)
    {
        var folder = Path.Combine(film.Temp.Path, "path-without-" + tool);
        Directory.CreateDirectory(folder);
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "/usr/bin/dotnet";
        File.CreateSymbolicLink(Path.Combine(folder, "dotnet"), dotnet);
        return folder;
    }
}
