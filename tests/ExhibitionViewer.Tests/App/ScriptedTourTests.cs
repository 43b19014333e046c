using System.Text.Json;
using Exhibition.Bundle.Signing;
using ExhibitionViewer.Controls;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.App;

/// <summary>The real executable playing a real bundle, driven by --script and checked through --stats.</summary>
[NonParallelizable]
public sealed class ScriptedTourTests
{
    private TempDirectory temp = null!;
    private string bundle = null!;

    [OneTimeSetUp]
    public void WriteBundle()
    {
        temp = new TempDirectory();
        bundle = Path.Combine(temp.Path, "tour.exhibit");
        TourBundle.Write(bundle);

        // With VIEWER_TEST_OUTPUT set, keeps the bundle for a person to play.
        if (Environment.GetEnvironmentVariable("VIEWER_TEST_OUTPUT") is { Length: > 0 } keep)
        {
            File.Copy(bundle, Path.Combine(keep, "scripted-tour.exhibit"), overwrite: true);
        }
    }

    [OneTimeTearDown]
    public void DeleteTemp() => temp.Dispose();

    private (int Exit, JsonElement Stats, string Output) Play(string script, params string[] extra)
    {
        var file = Path.Combine(temp.Path, $"script-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, script);
        var (exit, stdout, stderr) = ViewerProcess.Run(temp.Path, [bundle, "--script", file, "--stats", "--windowed", "640x360", .. extra]);
        return (exit, ViewerProcess.Stats(exit, stdout, stderr), stdout + stderr);
    }

    [Test]
    public void A_drag_turns_the_view_by_the_angle_under_the_pointer()
    {
        // Given the hall at yaw 0, hfov 90 on 640x360
        // When the mouse drags the centre 100 px left over half a second and holds before releasing
        var (exit, stats, output) = Play("wait-complete 10\ndrag 320 180 220 180 0.5\nwait 0.2\n");

        // Then the view turned right by atan(100/320) and did not glide on
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("scene").GetString(), Is.EqualTo("hall"));
        Assert.That(stats.GetProperty("yaw").GetDouble(), Is.EqualTo(Angles.ToDegrees(Math.Atan(100.0 / 320))).Within(0.05));
        Assert.That(stats.GetProperty("frames").GetInt32(), Is.GreaterThan(10));
        Assert.That(stats.GetProperty("tilesLoaded").GetInt32(), Is.GreaterThan(0));
        Assert.That(stats.GetProperty("peakRssBytes").GetInt64(), Is.GreaterThan(10L << 20));
        Assert.That(stats.GetProperty("firstFrameMs").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public void A_pinch_spreading_the_fingers_twice_as_far_zooms_in()
    {
        var (exit, stats, output) = Play("pinch 320 180 2 0.4\nwait 0.1\n");

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("hfov").GetDouble(), Is.EqualTo(PinchZoom.Hfov(90, 2)).Within(0.5));
        Assert.That(stats.GetProperty("yaw").GetDouble(), Is.EqualTo(0).Within(1e-6));
    }

    [Test]
    public void Tab_twice_then_Enter_goes_through_the_scene_hotspot_with_its_target_view()
    {
        // The visible hotspots in screen order are the case study (yaw -30) and the workshop (yaw 30).
        var (exit, stats, output) = Play("key Tab\nkey Tab\nkey Enter\nwait 0.5\nexpect-scene workshop\n");

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("scene").GetString(), Is.EqualTo("workshop"));
        Assert.That(stats.GetProperty("yaw").GetDouble(), Is.EqualTo(TourBundle.WorkshopEntry.Yaw).Within(1e-6));
    }

    [Test]
    public void A_tap_on_the_hotspot_lands_in_the_other_scene()
    {
        // yaw 30 at hfov 90 on 640 px is 320 + 320 tan 30 = 504.8 px from the left
        var (exit, stats, output) = Play("tap 505 180\nwait 0.5\n");

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(stats.GetProperty("scene").GetString(), Is.EqualTo("workshop"));
    }

    [Test]
    public void A_failed_expectation_exits_4_and_names_the_line()
    {
        var (exit, stats, output) = Play("wait 0.1\nexpect-scene workshop\n");

        Assert.That(exit, Is.EqualTo(4), output);
        Assert.That(stats.GetProperty("scriptFailures")[0].GetString(), Does.Contain("line 2"));
    }

    [Test]
    public void A_bundle_signed_by_a_trusted_key_plays_and_one_signed_by_another_is_refused()
    {
        var key = SigningKey.Generate();
        var signed = Path.Combine(temp.Path, "signed.exhibit");
        TourBundle.Write(signed, key);
        var output = Path.Combine(temp.Path, "signed.png");

        var trusted = ViewerProcess.Run(temp.Path, signed, "--trust", key.PublicKey.Base64, "--screenshot", output, "--size", "160x90");
        var other = ViewerProcess.Run(temp.Path, signed, "--trust", SigningKey.Generate().PublicKey.Base64, "--screenshot", output);

        Assert.That(trusted.ExitCode, Is.EqualTo(0), trusted.StdErr);
        Assert.That(File.Exists(output), Is.True);
        Assert.That(other.ExitCode, Is.EqualTo(2), other.StdErr);
        Assert.That(other.StdErr, Does.Contain("not trusted").And.Contain(key.PublicKey.Fingerprint));
    }

    [Test]
    public void An_unsigned_bundle_is_refused_when_a_signer_is_required()
    {
        var key = SigningKey.Generate();
        var (exit, stdout, stderr) = ViewerProcess.Run(temp.Path, bundle, "--trust", key.PublicKey.Base64, "--screenshot", "x.png");

        Assert.That(exit, Is.EqualTo(2), stdout + stderr);
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), stderr);
        Assert.That(stderr, Does.Contain("not signed"));
    }
}
