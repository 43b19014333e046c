using System.Security.Cryptography;
using Exhibition.Bundle.Format.Zip;

namespace Exhibition.Bundle.Format;

/// <summary>
/// Reads an entry's content and checks it as it goes: never more than the declared size, and at the end the size and
/// the manifest's SHA-256 (or, for the manifest and signature themselves, the CRC-32).
/// </summary>
internal sealed class EntryStream(Stream content, BundleFile file, ZipEntry entry) : Stream
{
    private readonly IncrementalHash? _sha = entry.Sha256 is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private uint _crc;
    private long _read;
    private bool _checked;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    /// <summary>The entry's declared (and, once read, verified) size.</summary>
    public override long Length => entry.Size;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_checked || buffer.Length == 0)
            return 0;
        // Ask for one byte more than should remain, so content that runs past its declared size is caught.
        var wanted = buffer[..(int)Math.Min(buffer.Length, entry.Size - _read + 1)];
        var n = ReadContent(wanted);
        if (n == 0)
        {
            Finish();
            return 0;
        }
        _read += n;
        if (_read > entry.Size)
            throw file.Fail(BundleErrorCode.SizeMismatch, entry.Name, $"its content is longer than its declared {entry.Size} bytes");
        if (_sha is null)
            _crc = Crc32.Append(_crc, buffer[..n]);
        else
            _sha.AppendData(buffer[..n]);
        return n;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            content.Dispose();
            _sha?.Dispose();
        }
        base.Dispose(disposing);
    }

    private int ReadContent(Span<byte> buffer)
    {
        try
        {
            return content.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw file.Fail(BundleErrorCode.HashMismatch, entry.Name, "its compressed data is corrupt", e);
        }
    }

    private void Finish()
    {
        _checked = true;
        if (_read != entry.Size)
            throw file.Fail(BundleErrorCode.SizeMismatch, entry.Name, $"its content is {_read} bytes, not the declared {entry.Size}");
        var good = _sha is null ? _crc == entry.Crc : _sha.GetHashAndReset().AsSpan().SequenceEqual(entry.Sha256);
        if (!good)
            throw file.Fail(BundleErrorCode.HashMismatch, entry.Name, _sha is null ? "its CRC-32 does not match" : "its SHA-256 does not match the manifest");
    }
}
