using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using Exhibition.Bundle.Signing;
using ExhibitionViewer.Tests.Kiosk.Support;
using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.Kiosk;

/// <summary>
/// install-kiosk.sh from the published kiosk folder, run as an unprivileged user with a home of its own (as root, the
/// tests become 'nobody' for it). This machine runs no systemd, so <c>systemctl</c> is a stand-in that records its
/// arguments; the unit's command line is then run as the service would run it.
/// </summary>
[NonParallelizable]
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class InstallKioskScriptTests
{
    private const int Nobody = 65534;

    private TempDirectory temp = null!;
    private SigningKey key = null!;
    private string home = null!;
    private string bundle = null!;
    private string fakes = null!;
    private string stick = null!;

    [SetUp]
    public void Prepare()
    {
        temp = new TempDirectory();
        key = SigningKey.Generate();
        bundle = Path.Combine(temp.Path, "careers.exhibit");
        KioskTour.Write(bundle, key);
        home = Directory.CreateDirectory(Path.Combine(temp.Path, "home")).FullName;
        fakes = Directory.CreateDirectory(Path.Combine(temp.Path, "bin")).FullName;
        File.WriteAllText(Path.Combine(fakes, "systemctl"), "#!/bin/sh\necho \"$*\" >> \"$HOME/systemctl.log\"\n");
        File.SetUnixFileMode(Path.Combine(fakes, "systemctl"), (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(temp.Path, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(bundle, (UnixFileMode)0b110_100_100);
        if (IsRoot)
        {
            Tool.Run("chown", $"{Nobody}:{Nobody}", home);
        }

        stick = Path.Combine(temp.Path, "usb");
        Tool.Run("cp", "-r", PublishedKiosk.Folder, stick);
    }

    [TearDown]
    public void Delete()
    {
        key.Dispose();
        temp.Dispose();
    }

    [Test]
    public void It_installs_the_viewer_a_trusted_bundle_and_a_restarting_user_service_whose_command_starts_the_kiosk()
    {
        // When the kiosk user runs the script from the published folder
        var install = RunAsKioskUser(Path.Combine(stick, "install-kiosk.sh"),
            ["--bundle", bundle, "--trust", key.PublicKey.Base64]);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.StdErr + install.StdOut);

        // Then the viewer and the bundle are copied into the user's home, with a configuration that trusts the key
        var data = Path.Combine(home, ".local", "share", "exhibition");
        Assert.That(File.Exists(Path.Combine(home, ".local", "lib", "exhibition-viewer", "ExhibitionViewer")), Is.True);
        var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "kiosk.json"))).RootElement;
        Assert.That(config.GetProperty("bundle").GetString(), Is.EqualTo(Path.Combine(data, "careers.exhibit")));
        Assert.That(config.GetProperty("trustedKeys").EnumerateArray().Select(k => k.GetString()), Is.EqualTo(new[] { key.PublicKey.Base64 }));

        // And a user unit that restarts on failure is enabled, with an autostart entry for desktops without the target
        var unit = File.ReadAllLines(Path.Combine(home, ".config", "systemd", "user", "exhibition-kiosk.service"));
        Assert.That(unit, Does.Contain("Restart=on-failure").And.Contain("WantedBy=graphical-session.target"));
        Assert.That(File.ReadAllLines(Path.Combine(home, "systemctl.log")),
            Is.EqualTo(new[] { "--user daemon-reload", "--user enable exhibition-kiosk.service" }));
        Assert.That(File.ReadAllText(Path.Combine(home, ".config", "autostart", "exhibition-kiosk.desktop")),
            Does.Contain("Exec=systemctl --user start exhibition-kiosk.service"));

        // And the unit's command, as the service runs it, opens the kiosk on the installed bundle
        var command = unit.Single(l => l.StartsWith("ExecStart=", StringComparison.Ordinal))["ExecStart=".Length..].Split(' ');
        var script = Path.Combine(temp.Path, "look.txt");
        File.WriteAllText(script, "wait 0.5\n");
        File.SetUnixFileMode(script, (UnixFileMode)0b110_100_100);
        var kiosk = RunAsKioskUser(command[0], [.. command[1..], "--script", script, "--stats", "--windowed", "640x360"]);
        Assert.That(kiosk.ExitCode, Is.EqualTo(0), kiosk.StdErr + kiosk.StdOut);
        var stats = ViewerProcess.Stats(kiosk.ExitCode, kiosk.StdOut, kiosk.StdErr);
        Assert.That(stats.GetProperty("kioskState").GetString(), Is.EqualTo("Attract"));
    }

    [Test]
    public void It_names_what_is_missing_and_installs_nothing()
    {
        var noTrust = RunAsKioskUser(Path.Combine(stick, "install-kiosk.sh"), ["--bundle", bundle]);

        Assert.That(noTrust.ExitCode, Is.EqualTo(2));
        Assert.That(noTrust.StdErr, Does.Contain("--trust KEY is required"));
        Assert.That(Directory.GetFileSystemEntries(home), Is.Empty, "nothing was installed");
    }

    [Test]
    public void It_refuses_to_run_as_root()
    {
        if (!IsRoot)
        {
            Assert.Ignore("needs root");
        }

        var asRoot = ViewerProcess.RunToExit(Script(["--bundle", bundle, "--trust", key.PublicKey.Base64]), TimeSpan.FromSeconds(30));

        Assert.That((asRoot.ExitCode, asRoot.StdErr.Trim()), Is.EqualTo((2, "install-kiosk.sh: run this as the kiosk user, not root")));
        Assert.That(Directory.GetFileSystemEntries(home), Is.Empty, "nothing was installed");
    }

    private static bool IsRoot => Environment.UserName == "root";

    private ProcessStartInfo Script(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Path.Combine(stick, "install-kiosk.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private (int ExitCode, string StdOut, string StdErr) RunAsKioskUser(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(IsRoot ? "setpriv" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        var asUser = IsRoot ? new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", program } : [];
        foreach (var arg in asUser.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = home;
        start.Environment["PATH"] = $"{fakes}:/usr/bin:/bin";
        foreach (var variable in new[] { "DISPLAY", "WAYLAND_DISPLAY", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "EXHIBITION_DATA_DIR" })
        {
            start.Environment.Remove(variable);
        }

        return ViewerProcess.RunToExit(start, TimeSpan.FromSeconds(90), input: "");
    }
}
