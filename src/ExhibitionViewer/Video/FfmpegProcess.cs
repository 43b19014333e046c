using System.Diagnostics;

namespace ExhibitionViewer.Video;

/// <summary>
/// One ffmpeg or ffprobe child with stdout as a pipe. Keeps the last lines of stderr for messages. Disposing kills it
/// if it still runs and always reaps it: a reader that stops early must kill, or WaitForExit would hang.
/// </summary>
internal sealed class FfmpegProcess : IDisposable
{
    private const int KeptErrorLines = 8;
    private readonly Process process;
    private static int live;
    private readonly Queue<string> errors = new();
    private bool disposed;

    private FfmpegProcess(Process process) => this.process = process;

    /// <summary>Children started and not yet reaped, in this process (for <c>--stats</c> and leak checks).</summary>
    public static int Live => Volatile.Read(ref live);

    /// <summary>The child's standard output.</summary>
    public Stream Output => process.StandardOutput.BaseStream;

    /// <summary>The child's process id (kept after it is reaped, for diagnostics).</summary>
    public int Id { get; private set; }

    /// <summary>Starts <paramref name="executable"/> with <paramref name="arguments"/>.</summary>
    public static FfmpegProcess Start(string executable, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var child = new FfmpegProcess(process);
        process.ErrorDataReceived += (_, e) => child.KeepError(e.Data);
        process.Start();
        Interlocked.Increment(ref live);
        child.Id = process.Id;
        // ffmpeg reads stdin for interactive keys; closed, it never waits on it.
        process.StandardInput.Close();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the child to finish; true with its exit code, false if it took longer than <paramref name="timeout"/>.</summary>
    public bool TryWaitForExit(TimeSpan timeout, out int exitCode)
    {
        exitCode = -1;
        if (!process.WaitForExit(timeout))
        {
            return false;
        }

        process.WaitForExit();
        exitCode = process.ExitCode;
        return true;
    }

    /// <summary>The last lines ffmpeg wrote to stderr, joined.</summary>
    public string ErrorText
    {
        get
        {
            lock (errors)
            {
                return string.Join(" / ", errors);
            }
        }
    }

    /// <summary>Kills the child if it still runs, then reaps it.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to kill, only to reap.
        }

        process.WaitForExit();
        process.Dispose();
        Interlocked.Decrement(ref live);
    }

    private void KeepError(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (errors)
        {
            errors.Enqueue(line.Trim());
            while (errors.Count > KeptErrorLines)
            {
                errors.Dequeue();
            }
        }
    }
}
