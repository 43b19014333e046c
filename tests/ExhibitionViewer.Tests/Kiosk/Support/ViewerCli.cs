using System.Diagnostics;

namespace ExhibitionViewer.Tests.Kiosk.Support;

/// <summary>Runs the real viewer executable with text on its standard input (for the verbs that read it).</summary>
internal static class ViewerCli
{
    public static (int ExitCode, string StdOut, string StdErr) Run(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ExhibitionViewer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("DISPLAY");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the viewer did not exit within 60 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
