using System.Diagnostics;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Runs the real viewer executable (built beside the tests) headless and captures its output.</summary>
internal static class ViewerProcess
{
    public static (int ExitCode, string StdOut, string StdErr) Run(string dataDir, params string[] args) => RunCore(dataDir, null, args);

    /// <summary>Runs with <c>PATH</c> set to <paramref name="pathFolder"/> alone (which must hold a <c>dotnet</c>).</summary>
    public static (int ExitCode, string StdOut, string StdErr) RunWithPath(string dataDir, string pathFolder, params string[] args) =>
        RunCore(dataDir, pathFolder, args);

    private static (int ExitCode, string StdOut, string StdErr) RunCore(string dataDir, string? pathFolder, string[] args)
    {
        var dotnet = pathFolder is null ? "dotnet" : Path.Combine(pathFolder, "dotnet");
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (pathFolder is not null)
        {
            start.Environment["PATH"] = pathFolder;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ExhibitionViewer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["EXHIBITION_DATA_DIR"] = dataDir;
        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the viewer did not exit within 90 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
