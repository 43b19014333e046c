namespace Exhibition.Bundle.Format.Zip;

/// <summary>A forward-only stream over one byte range of the bundle file, read with positioned reads so streams share the handle.</summary>
internal sealed class RangeStream(BundleFile file, string entry, long start, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = length - _position;
        if (remaining == 0 || buffer.Length == 0)
            return 0;
        var wanted = buffer[..(int)Math.Min(buffer.Length, remaining)];
        var n = RandomAccess.Read(file.Handle, wanted, start + _position);
        if (n == 0)
            throw file.Fail(BundleErrorCode.Truncated, entry, $"the file ends inside its data (offset {start + _position})");
        _position += n;
        return n;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
