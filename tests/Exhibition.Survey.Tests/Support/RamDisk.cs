using System.Diagnostics;

namespace Exhibition.Survey.Tests.Support;

/// <summary>
/// A small tmpfs mounted for one test, to fill it up or remount it read-only. Needs root (or CAP_SYS_ADMIN); without
/// it the test fails with a message saying so rather than being skipped.
/// </summary>
public sealed class RamDisk : IDisposable
{
    public RamDisk(string path, string size)
    {
        Path = path;
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
    }

    public string Path { get; }

    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void RemountWritable() => Run("mount", "-o", "remount,rw", Path);

    /// <summary>Fills the disk with one file; returns its path (delete it to free the space).</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        using var stream = new FileStream(filler, FileMode.Create);
        var block = new byte[4096];
        try
        {
            while (true) stream.Write(block);
        }
        catch (IOException)
        {
        }

        return filler;
    }

    public void Dispose() => Run("umount", Path);

    private static void Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{program} {string.Join(' ', arguments)}` failed ({error.Trim()}). The full-disk and read-only tests need "
                + "to mount a small tmpfs: run them as root or with CAP_SYS_ADMIN.");
        }
    }
}
