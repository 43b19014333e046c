using System.Diagnostics;

namespace ExhibitionViewer.Tests.Support;

/// <summary>
/// The kiosk folder scripts/publish.sh makes (the native viewer and install-kiosk.sh): the one ./test.sh published,
/// found through <see cref="ViewerProcess.PublishedViewerVariable"/>, or else one published once for this test run.
/// </summary>
internal static class PublishedKiosk
{
    private static readonly Lazy<string> Published = new(() =>
        ViewerProcess.PublishedViewer is { } viewer ? Path.GetDirectoryName(Path.GetDirectoryName(viewer))! : PublishOnce());

    /// <summary>The kiosk folder: <c>viewer/ExhibitionViewer</c>, <c>install-kiosk.sh</c>.</summary>
    public static string Folder => Published.Value;

    public static string Viewer => Path.Combine(Folder, "viewer", "ExhibitionViewer");

    private static string PublishOnce()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "Exhibition.sln")))
        {
            repository = repository.Parent ?? throw new InvalidOperationException("no Exhibition.sln above the test folder");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"exhibition-kiosk-{Environment.ProcessId}");
        var start = new ProcessStartInfo(Path.Combine(repository.FullName, "scripts", "publish.sh")) { WorkingDirectory = repository.FullName };
        start.ArgumentList.Add(folder);
        using var publish = Process.Start(start)!;
        if (!publish.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            publish.Kill(entireProcessTree: true);
            throw new TimeoutException("scripts/publish.sh did not finish within 10 minutes");
        }

        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/publish.sh failed (exit {publish.ExitCode})");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }
}
