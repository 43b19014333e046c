using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Tests.Kiosk.Support;
using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.Kiosk;

/// <summary>The <c>survey</c> and <c>kiosk</c> verbs of the real executable, each with its own --data folder.</summary>
[NonParallelizable]
public sealed class ViewerVerbTests
{
    [Test]
    public void Survey_record_stores_a_line_from_stdin_and_export_writes_it_to_the_folder()
    {
        using var temp = new TempDirectory();
        var bundle = Path.Combine(temp.Path, "tour.exhibit");
        KioskTour.Write(bundle);
        var data = Path.Combine(temp.Path, "data");
        const string line = """{"language": "cy", "answers": {"visited": false, "interest": "health", "enjoyed": 3}}""";

        var record = ViewerCli.Run(line + "\n", "survey", "record", "--bundle", bundle, "--data", data);
        var stats = ViewerCli.Run("", "survey", "stats", "--data", data);
        var export = ViewerCli.Run("", "survey", "export", "--to", Path.Combine(temp.Path, "usb"), "--data", data);

        Assert.That(record.ExitCode, Is.EqualTo(0), record.StdErr);
        Assert.That(record.StdOut, Does.Match(@"(?m)^ok [0-9a-f-]{36}$"));
        Assert.That(stats.StdOut, Does.Contain("pending 1"));
        Assert.That(export.ExitCode, Is.EqualTo(0), export.StdErr);
        Assert.That(export.StdOut, Does.StartWith("exported 1 responses"));
        var file = Directory.GetFiles(Path.Combine(temp.Path, "usb"), "*.jsonl").Single();
        Assert.That(File.ReadAllText(file), Does.Contain("\"health\""));
        Assert.That(ViewerCli.Run("", "survey", "stats", "--data", data).StdOut, Does.Contain("pending 0").And.Contain("exported 1"));
        var all = ViewerCli.Run("", "survey", "export", "--to", Path.Combine(temp.Path, "usb2"), "--all", "--data", data);
        Assert.That(all.StdOut, Does.StartWith("exported 1 responses"), "--all exports what was exported before");
        var purge = ViewerCli.Run("", "survey", "purge", "--data", data);
        Assert.That(purge.StdOut, Does.Contain("purged 1"));
    }

    [Test]
    public void Kiosk_set_pin_stores_only_a_hash_and_refuses_two_different_PINs()
    {
        using var temp = new TempDirectory();

        var mismatch = ViewerCli.Run("1234\n4321\n", "kiosk", "set-pin", "--data", temp.Path);
        var set = ViewerCli.Run("73915\n73915\n", "kiosk", "set-pin", "--data", temp.Path);

        Assert.That(mismatch.ExitCode, Is.EqualTo(2));
        Assert.That(mismatch.StdErr, Does.Contain("differ"));
        Assert.That(set.ExitCode, Is.EqualTo(0), set.StdErr);
        var text = File.ReadAllText(KioskConfig.PathIn(temp.Path));
        Assert.That(text, Does.Not.Contain("73915"));
        Assert.That(KioskConfig.Load(temp.Path).AdminPin!.Verify("73915"), Is.True);
    }

    [Test]
    public void Kiosk_init_keeps_the_PIN_and_refuses_to_run_without_a_trusted_key()
    {
        using var temp = new TempDirectory();
        ViewerCli.Run("2222\n2222\n", "kiosk", "set-pin", "--data", temp.Path);

        var refused = ViewerCli.Run("", "kiosk", "init", "--data", temp.Path, "--bundle", "x.exhibit");
        var init = ViewerCli.Run("", "kiosk", "init", "--data", temp.Path, "--bundle", "x.exhibit", "--trust", "AAAA", "--idle-timeout", "45", "--reduced-motion");

        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(init.ExitCode, Is.EqualTo(0), init.StdErr);
        var config = KioskConfig.Load(temp.Path);
        Assert.That(config.AdminPin!.Verify("2222"), Is.True);
        Assert.That(config.TrustedKeys, Is.EqualTo(new[] { "AAAA" }));
        Assert.That(config.IdleTimeoutSeconds, Is.EqualTo(45));
        Assert.That(config.ReducedMotion, Is.True);
        Assert.That(config.Bundle, Is.EqualTo(Path.GetFullPath("x.exhibit")));
    }

    [Test]
    public void Kiosk_show_lists_every_setting_and_only_whether_a_PIN_is_set()
    {
        using var temp = new TempDirectory();
        ViewerCli.Run("2222\n2222\n", "kiosk", "set-pin", "--data", temp.Path);
        ViewerCli.Run("", "kiosk", "init", "--data", temp.Path, "--bundle", "x.exhibit", "--trust", "AAAA");

        var (exit, stdout, stderr) = ViewerCli.Run("", "kiosk", "show", "--data", temp.Path);

        Assert.That(exit, Is.EqualTo(0), stderr);
        var json = stdout[..stdout.LastIndexOf('}')] + "}";
        var shown = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.That(shown.GetProperty("trustedKeys")[0].GetString(), Is.EqualTo("AAAA"));
        Assert.That(shown.GetProperty("display").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "unset settings are listed");
        Assert.That(shown.GetProperty("adminPin").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "never the PIN's hash");
        Assert.That(stdout, Does.Contain("adminPin: set"));
    }
}
