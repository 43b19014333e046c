using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;

namespace ContentPacker.Media.Ffmpeg;

/// <summary>
/// Runs ffmpeg or ffprobe as a child process with arguments passed as a list (no shell, no quoting bugs),
/// kills it on timeout, and always reaps it.
/// </summary>
internal static class FfmpegProcess
{
    // ffmpeg can print a warning per frame on a damaged file; keep memory bounded.
    private const int MaxCapturedChars = 64 * 1024;

    /// <summary>
    /// Runs <paramref name="tool"/>. Lines on stdout go to <paramref name="onOutputLine"/> when given,
    /// else they are captured. <paramref name="subjectFile"/> is only used to name the file in error messages.
    /// </summary>
    public static FfmpegResult Run(
        string tool, IEnumerable<string> arguments, string subjectFile, TimeSpan timeout, Action<string>? onOutputLine = null)
    {
        using var process = new Process { StartInfo = CreateStartInfo(tool, arguments) };
        Start(process, tool, subjectFile);
        process.StandardInput.Close();
        var output = new StringBuilder();
        var error = new StringBuilder();
        var outputDone = Task.Run(() => Pump(process.StandardOutput, output, int.MaxValue, onOutputLine));
        var errorDone = Task.Run(() => Pump(process.StandardError, error, MaxCapturedChars, null));
        if (!process.WaitForExit(timeout))
        {
            KillAndReap(process);
            Task.WaitAll(outputDone, errorDone);
            throw new MediaException(
                $"{subjectFile}: {Path.GetFileName(tool)} took longer than {timeout.TotalSeconds:0} s and was stopped. " +
                "Check that the file is not damaged, or re-export it shorter or smaller.");
        }

        process.WaitForExit();
        Task.WaitAll(outputDone, errorDone);
        outputDone.Result?.Throw();
        return new FfmpegResult(process.ExitCode, output.ToString(), error.ToString());
    }

    private static ProcessStartInfo CreateStartInfo(string tool, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static void Start(Process process, string tool, string subjectFile)
    {
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new MediaException(
                $"{subjectFile}: cannot run '{tool}' ({e.Message}). Install the Debian package ffmpeg " +
                "(sudo apt-get install ffmpeg), which provides ffmpeg and ffprobe, and make sure it is on the PATH.", e);
        }
    }

    // Keeps draining after a callback fails, so the child never blocks on a full pipe; the failure is rethrown
    // once the child has been reaped.
    private static ExceptionDispatchInfo? Pump(StreamReader reader, StringBuilder sink, int limit, Action<string>? onLine)
    {
        ExceptionDispatchInfo? failure = null;
        while (reader.ReadLine() is { } line)
        {
            if (onLine is null)
            {
                if (sink.Length < limit)
                {
                    sink.AppendLine(line);
                }
            }
            else if (failure is null)
            {
                try
                {
                    onLine(line);
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        return failure;
    }

    private static void KillAndReap(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the timeout and the kill; reaping below still applies.
        }

        process.WaitForExit();
    }
}
