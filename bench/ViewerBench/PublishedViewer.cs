using System.Diagnostics;

namespace ViewerBench;

/// <summary>
/// The viewer as kiosks run it: published by scripts/publish.sh (compiled to native code), so start-up
/// figures are those of a kiosk.
/// </summary>
internal static class PublishedViewer
{
    public static string Publish(string repository, string work)
    {
        var folder = Path.Combine(work, "kiosk");
        Console.WriteLine("Publishing the viewer with scripts/publish.sh ...");
        var start = new ProcessStartInfo(Path.Combine(repository, "scripts", "publish.sh")) { WorkingDirectory = repository };
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/publish.sh failed (exit {(process.HasExited ? process.ExitCode : -1)})");
        }

        return Path.Combine(folder, "viewer", "ExhibitionViewer");
    }
}
