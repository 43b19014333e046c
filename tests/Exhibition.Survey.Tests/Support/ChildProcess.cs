using System.Diagnostics;

namespace Exhibition.Survey.Tests.Support;

/// <summary>Starts the crash child (SurveyCrashChild.dll, copied beside the tests) with redirected streams.</summary>
public static class ChildProcess
{
    public static Process Start(params string[] arguments)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "SurveyCrashChild.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        return Process.Start(info) ?? throw new InvalidOperationException("The crash child did not start.");
    }

    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
