using System.Diagnostics;
using System.Text.Json;

namespace ExhibitionViewer.Tests.Support;

/// <summary>
/// Runs the real viewer executable headless and captures its output. That is the native kiosk build when
/// <c>EXHIBITION_VIEWER</c> names it (./test.sh publishes one, so the end-to-end tests check what kiosks run), and
/// otherwise the .NET build beside the tests.
/// </summary>
internal static class ViewerProcess
{
    public const string PublishedViewerVariable = "EXHIBITION_VIEWER";

    /// <summary>The published native viewer named by <see cref="PublishedViewerVariable"/>, or null.</summary>
    public static string? PublishedViewer => Environment.GetEnvironmentVariable(PublishedViewerVariable) is { Length: > 0 } path ? path : null;

    public static (int ExitCode, string StdOut, string StdErr) Run(string dataDir, params string[] args) => RunCore(dataDir, null, args);

    /// <summary>Runs with <c>PATH</c> set to <paramref name="pathFolder"/> alone (which must hold a <c>dotnet</c> unless the viewer is the native build).</summary>
    public static (int ExitCode, string StdOut, string StdErr) RunWithPath(string dataDir, string pathFolder, params string[] args) =>
        RunCore(dataDir, pathFolder, args);

    /// <summary>
    /// How to start the viewer under test with <paramref name="args"/>, with no display (SDL's offscreen driver) and,
    /// given <paramref name="pathFolder"/>, that folder as the whole <c>PATH</c>.
    /// </summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string? pathFolder = null, string? executable = null)
    {
        executable ??= PublishedViewer;
        var dotnet = pathFolder is null ? "dotnet" : Path.Combine(pathFolder, "dotnet");
        var start = new ProcessStartInfo(executable ?? dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (executable is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ExhibitionViewer.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (pathFolder is not null)
        {
            start.Environment["PATH"] = pathFolder;
        }

        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        return start;
    }

    private static (int ExitCode, string StdOut, string StdErr) RunCore(string dataDir, string? pathFolder, string[] args)
    {
        var start = StartInfo(args, pathFolder);
        start.Environment["EXHIBITION_DATA_DIR"] = dataDir;
        return RunToExit(start, TimeSpan.FromSeconds(90));
    }

    /// <summary>The <c>--stats</c> line a run printed last, parsed; fails the test, showing the output, when there is none.</summary>
    public static JsonElement Stats(int exitCode, string stdout, string stderr)
    {
        var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith("{\"frames\"", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, $"no stats line; exit {exitCode}\n{stdout}\n{stderr}");
        return JsonDocument.Parse(line!).RootElement.Clone();
    }

    /// <summary>Starts <paramref name="start"/>, writes <paramref name="input"/> to its standard input if given, and waits for its exit.</summary>
    public static (int ExitCode, string StdOut, string StdErr) RunToExit(ProcessStartInfo start, TimeSpan limit, string? input = null)
    {
        start.RedirectStandardInput = input is not null;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(start.FileName)} {string.Join(' ', start.ArgumentList)} did not exit within {limit.TotalSeconds:0} s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
