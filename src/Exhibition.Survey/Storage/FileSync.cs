using System.Runtime.InteropServices;

namespace Exhibition.Survey.Storage;

/// <summary>Making files and their names durable: fsync of a file, of a directory, and write-then-rename.</summary>
public static class FileSync
{
    /// <summary>
    /// fsyncs <paramref name="path"/> through a handle of its own. On Linux fsync flushes the file's pages whoever
    /// wrote them, so this covers writes made through another handle (LiteDB's).
    /// </summary>
    public static void FlushFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// fdatasyncs a file: its data, and only the metadata needed to read it back (not its times), so a write inside a
    /// preallocated file costs one flush of its blocks. fsync where there is no fdatasync.
    /// </summary>
    public static void DataSync(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(handle);
            return;
        }

        if (Interop.Libc.FDataSync((int)handle.DangerousGetHandle()) != 0)
        {
            throw new IOException($"Cannot flush the survey journal (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    /// <summary>fsyncs a directory, so that files created, renamed or deleted in it stay so after a power loss.</summary>
    public static void FlushDirectory(string directory)
    {
        // Windows makes names durable with the file; only POSIX systems need (and allow) a directory fsync.
        if (!OperatingSystem.IsLinux()) return;
        var fd = Interop.Libc.Open(directory, Interop.Libc.ReadOnly);
        if (fd < 0) throw new IOException($"Cannot open directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (Interop.Libc.FSync(fd) != 0)
            {
                throw new IOException($"Cannot flush directory '{directory}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            Interop.Libc.Close(fd);
        }
    }

    /// <summary>
    /// Writes <paramref name="path"/> whole or not at all: a temporary file beside it is written and fsynced, renamed
    /// over it, and the directory fsynced. A failure leaves the old file (or none) and no temporary file.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the whole content.</param>
    /// <param name="unixMode">The permissions the file has from its creation (Unix only); the umask's default otherwise.</param>
    public static void WriteAtomically(string path, Action<Stream> write, UnixFileMode? unixMode = null) =>
        WriteAtomically([path], streams => write(streams[0]), unixMode);

    /// <summary>
    /// Writes several files in one folder, each whole or not at all, from one pass of <paramref name="write"/>:
    /// temporary files beside them are written and fsynced, renamed in order, and the folder fsynced once.
    /// </summary>
    /// <param name="paths">The files to write, all in one folder.</param>
    /// <param name="write">Writes each file's whole content, to the stream of the same index.</param>
    /// <param name="unixMode">The permissions the files have from their creation (Unix only); the umask's default otherwise.</param>
    public static void WriteAtomically(IReadOnlyList<string> paths, Action<IReadOnlyList<Stream>> write, UnixFileMode? unixMode = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(paths[0]))!;
        var temporaries = paths.Select(p => Path.Combine(directory, $".{Path.GetFileName(p)}.{Guid.NewGuid():N}.tmp")).ToList();
        var streams = new List<FileStream>();
        try
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (unixMode is { } mode && !OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = mode;
                }

                foreach (var temporary in temporaries) streams.Add(new FileStream(temporary, options));
                write(streams);
                foreach (var stream in streams) stream.Flush(flushToDisk: true);
            }
            finally
            {
                foreach (var stream in streams) stream.Dispose();
            }

            for (var i = 0; i < paths.Count; i++) File.Move(temporaries[i], paths[i], overwrite: true);
            FlushDirectory(directory);
        }
        finally
        {
            foreach (var temporary in temporaries.Where(File.Exists)) File.Delete(temporary);
        }
    }
}
