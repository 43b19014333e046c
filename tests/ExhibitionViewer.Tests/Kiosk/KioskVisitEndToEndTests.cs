using System.Globalization;
using System.Text;
using System.Text.Json;
using Exhibition.Bundle.Signing;
using Exhibition.Survey.Storage;
using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Surveying;
using ExhibitionViewer.Tests.Kiosk.Support;
using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.Kiosk;

/// <summary>The real executable in kiosk mode under the headless driver, tapped through a whole visit by a script.</summary>
[NonParallelizable]
public sealed class KioskVisitEndToEndTests
{
    private const int W = 640;
    private const int H = 360;
    private TempDirectory temp = null!;
    private SigningKey key = null!;
    private string signed = null!;

    [OneTimeSetUp]
    public void WriteBundles()
    {
        temp = new TempDirectory();
        key = SigningKey.Generate();
        signed = Path.Combine(temp.Path, "signed.exhibit");
        KioskTour.Write(signed, key);

        // With VIEWER_TEST_OUTPUT set, keeps the signed bundle and its key for a person to play in kiosk mode.
        if (Environment.GetEnvironmentVariable("VIEWER_TEST_OUTPUT") is { Length: > 0 } keep)
        {
            File.Copy(signed, Path.Combine(keep, "kiosk-tour.exhibit"), overwrite: true);
            File.WriteAllText(Path.Combine(keep, "kiosk-tour.key.txt"), key.PublicKey.Base64);
        }
    }

    [OneTimeTearDown]
    public void Delete()
    {
        key.Dispose();
        temp.Dispose();
    }

    private static string Tap(IEnumerable<KioskTarget> targets, string action)
    {
        var r = targets.Single(t => t.Action == action).Bounds;
        return string.Create(CultureInfo.InvariantCulture, $"tap {r.MidX:0} {r.MidY:0}\nwait 0.4\n");
    }

    // The taps come from the same layout the kiosk hit-tests, at the script's window size.
    private static string VisitScript()
    {
        var flow = new SurveyFlowState(KioskTour.Survey, ["en", "cy"], "en");
        var script = new StringBuilder("wait 0.5\n");
        script.Append(string.Create(CultureInfo.InvariantCulture, $"tap {W / 2} {H / 3}\nwait 0.5\n"));
        script.Append(Tap([new KioskTarget("finish", KioskLayout.Finish(W, H, lastScene: false))], "finish"));
        void Step(string action, Action answer)
        {
            script.Append(Tap(SurveyScreenLayout.Targets(flow, W, H), action));
            answer();
        }

        Step("yes", () => flow.AnswerYesNo(true));
        Step("next", () => flow.Next());
        Step("option:digital", () => flow.ChooseSingle("digital"));
        Step("next", () => flow.Next());
        Step("scale:4", () => flow.AnswerScale(4));
        Step("next", () => flow.Next());
        Step("option:maps", () => flow.ToggleMulti("maps"));
        Step("option:videos", () => flow.ToggleMulti("videos"));
        Step("next", () => flow.Next());
        Step("key:o", () => flow.Type("o"));
        Step("key:k", () => flow.Type("k"));
        Step("next", () => flow.Next());
        Assert.That(flow.IsComplete, Is.True, "the script's own model of the flow completes");
        return script.Append("wait 0.5\n").ToString();
    }

    [Test]
    public void A_scripted_visit_from_attract_to_thank_you_stores_one_answer_durably()
    {
        // Given a signed bundle, a data folder configured to trust its key, and a visit script
        using var data = new TempDirectory();
        var init = ViewerProcess.Run(data.Path, "kiosk", "init", "--data", data.Path, "--bundle", signed, "--trust", key.PublicKey.Base64);
        Assert.That(init.ExitCode, Is.EqualTo(0), init.StdErr);
        var script = Path.Combine(data.Path, "visit.txt");
        File.WriteAllText(script, VisitScript());

        // When the kiosk plays it
        var (exit, stdout, stderr) = ViewerProcess.Run(data.Path, "--kiosk", "--data", data.Path, "--script", script, "--stats", "--windowed", $"{W}x{H}");

        // Then the visit ended on the thank-you screen with the answers stored
        var stats = ViewerProcess.Stats(exit, stdout, stderr);
        Assert.That(exit, Is.EqualTo(0), stderr);
        Assert.That(stats.GetProperty("kioskState").GetString(), Is.EqualTo("ThankYou"));
        Assert.That(stats.GetProperty("surveysStored").GetInt32(), Is.EqualTo(1));

        var counts = ViewerProcess.Run(data.Path, "survey", "stats", "--data", data.Path);
        Assert.That(counts.ExitCode, Is.EqualTo(0), counts.StdErr);
        Assert.That(counts.StdOut, Does.Contain("pending 1"));

        using var store = SurveyStore.Open(data.Path);
        var response = store.All().Single();
        Assert.That(response.Answers["visited"].AsYesNo, Is.True);
        Assert.That(response.Answers["interest"].AsSingle, Is.EqualTo("digital"));
        Assert.That(response.Answers["enjoyed"].AsScale, Is.EqualTo(4));
        Assert.That(response.Answers["more"].AsMulti, Is.EquivalentTo(new[] { "maps", "videos" }));
        Assert.That(response.Answers["comment"].AsText, Is.EqualTo("ok"));
        Assert.That(response.Language, Is.EqualTo("en"));
        Assert.That(response.BundleId, Is.EqualTo("test-tour"));
    }

    [Test]
    public void An_unsigned_bundle_is_refused_in_kiosk_mode_with_a_clear_message()
    {
        using var data = new TempDirectory();
        var unsigned = Path.Combine(data.Path, "unsigned.exhibit");
        KioskTour.Write(unsigned);

        var (exit, _, stderr) = ViewerProcess.Run(data.Path, "--kiosk", "--data", data.Path, unsigned, "--trust", key.PublicKey.Base64);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("kiosk mode refuses this bundle because it is unsigned or not signed by a trusted publisher"));
        Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void A_bundle_signed_by_an_untrusted_key_is_refused_in_kiosk_mode()
    {
        using var data = new TempDirectory();
        using var other = SigningKey.Generate();

        var (exit, _, stderr) = ViewerProcess.Run(data.Path, "--kiosk", "--data", data.Path, signed, "--trust", other.PublicKey.Base64);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("not signed by a trusted publisher"));
    }

    [Test]
    public void Kiosk_mode_without_any_trusted_key_is_refused()
    {
        using var data = new TempDirectory();

        var (exit, _, stderr) = ViewerProcess.Run(data.Path, "--kiosk", "--data", data.Path, signed);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("no trusted publisher key is configured"));
    }

    private (JsonElement Stats, string Output) PlayKiosk(string bundle, string script, TempDirectory data)
    {
        var file = Path.Combine(data.Path, "script.txt");
        File.WriteAllText(file, script);
        var (exit, stdout, stderr) = ViewerProcess.Run(data.Path, "--kiosk", "--data", data.Path, bundle, "--trust", key.PublicKey.Base64,
            "--script", file, "--stats", "--windowed", $"{W}x{H}");
        var stats = ViewerProcess.Stats(exit, stdout, stderr);
        Assert.That(exit, Is.EqualTo(0), stderr);
        return (stats, stdout + stderr);
    }

    [Test]
    public void Escape_during_a_visit_does_not_end_the_program()
    {
        using var data = new TempDirectory();
        var finish = KioskLayout.Finish(W, H, lastScene: false);
        var script = string.Create(CultureInfo.InvariantCulture,
            $"wait 0.3\ntap {W / 2} {H / 3}\nwait 0.4\nkey Escape\nwait 0.4\ntap {finish.MidX:0} {finish.MidY:0}\nwait 0.4\n");

        var (stats, output) = PlayKiosk(signed, script, data);

        Assert.That(stats.GetProperty("kioskState").GetString(), Is.EqualTo("Survey"), output);
    }

    [Test]
    public void Idle_in_the_survey_returns_the_real_kiosk_to_attract_without_storing()
    {
        using var data = new TempDirectory();
        var quick = Path.Combine(data.Path, "quick-idle.exhibit");
        KioskTour.Write(quick, key, idleTimeoutSeconds: 1.5);
        var finish = KioskLayout.Finish(W, H, lastScene: false);
        var flow = new SurveyFlowState(KioskTour.Survey, ["en", "cy"], "en");
        var script = string.Create(CultureInfo.InvariantCulture, $"wait 0.3\ntap {W / 2} {H / 3}\nwait 0.4\ntap {finish.MidX:0} {finish.MidY:0}\nwait 0.4\n")
            + Tap(SurveyScreenLayout.Targets(flow, W, H), "yes") + "wait 2.5\n";

        var (stats, output) = PlayKiosk(quick, script, data);

        Assert.That(stats.GetProperty("kioskState").GetString(), Is.EqualTo("Attract"), output);
        Assert.That(stats.GetProperty("surveysStored").GetInt32(), Is.EqualTo(0));
        using var store = SurveyStore.Open(data.Path);
        Assert.That(store.Stats().Total, Is.EqualTo(0));
    }

    [Test]
    public void SIGTERM_ends_a_kiosk_at_once_although_it_ignores_window_close_requests()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("POSIX signals only");
        }

        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "long.txt");
        File.WriteAllText(file, "wait 60\n");
        var start = ViewerProcess.StartInfo(["--kiosk", "--data", data.Path, signed, "--trust", key.PublicKey.Base64, "--script", file,
            "--windowed", $"{W}x{H}"]);
        using var process = System.Diagnostics.Process.Start(start)!;
        var opened = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Window open", StringComparison.Ordinal) == true) opened.Set(); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Assert.That(opened.Wait(TimeSpan.FromSeconds(30)), Is.True, "the kiosk window opened");

        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var exited = process.WaitForExit(TimeSpan.FromSeconds(10));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.That(exited, Is.True, "SIGTERM ended the kiosk within 10 s");
    }
}
