namespace Exhibition.Survey.Storage;

/// <summary>
/// LiteDB's data and log files, handed to LiteDB as plain streams so that the store, not LiteDB, decides when its log
/// is flushed. LiteDB fsyncs its log after every page it writes (3–5 per response); with the journal making each
/// acknowledged response durable, the log need only be on disk before LiteDB overwrites a data page with what it
/// holds. So: flushing the log stream writes nothing to disk; the first write to the data file after the log changed
/// fsyncs the log first (write-ahead order, which LiteDB's recovery relies on after a power cut); flushing the data
/// stream fsyncs the data file. Both wrap a <see cref="FileStream"/>.
/// </summary>
internal sealed class WalOrderedStream : Stream
{
    private readonly FileStream _file;
    private readonly WalOrderedStream? _log;
    private volatile bool _logChanged;

    private WalOrderedStream(FileStream file, WalOrderedStream? log)
    {
        _file = file;
        _log = log;
    }

    /// <summary>The log stream, and the data stream that orders its writes after the log's.</summary>
    public static (WalOrderedStream Data, WalOrderedStream Log) Open(string dataPath, string logPath)
    {
        var log = new WalOrderedStream(OpenFile(logPath), null);
        return (new WalOrderedStream(OpenFile(dataPath), log), log);
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void Write(byte[] buffer, int offset, int count)
    {
        BeforeWrite();
        _file.Write(buffer, offset, count);
    }

    public override void SetLength(long value)
    {
        BeforeWrite();
        _file.SetLength(value);
    }

    // The log: handed to the kernel only. The data file: to the disk.
    public override void Flush() => _file.Flush(flushToDisk: _log is not null);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _file.Dispose();
        base.Dispose(disposing);
    }

    private void BeforeWrite()
    {
        if (_log is null)
        {
            _logChanged = true;
            return;
        }

        if (!_log._logChanged) return;
        _log._file.Flush(flushToDisk: true);
        _log._logChanged = false;
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.RandomAccess);
}
