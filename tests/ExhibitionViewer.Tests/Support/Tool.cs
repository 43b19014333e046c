using System.Diagnostics;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Runs a command-line tool a test needs (ffmpeg, chown, cp) and fails the test if it fails.</summary>
internal static class Tool
{
    public static void Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {errors}");
    }
}
