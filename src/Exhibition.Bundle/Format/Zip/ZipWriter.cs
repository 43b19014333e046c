using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Exhibition.Bundle.Format.Zip;

/// <summary>
/// Writes a ZIP of STORED entries with fixed timestamps and no extra fields except ZIP64 where a size or offset needs
/// it, so the same entries in the same order always give the same bytes.
/// </summary>
internal sealed partial class ZipWriter(Stream output, bool forceZip64)
{
    private readonly List<CentralRecord> _records = [];
    private readonly byte[] _buffer = new byte[1 << 20];

    /// <summary>Copies exactly <paramref name="size"/> bytes of <paramref name="source"/> into a new entry.</summary>
    /// <exception cref="IOException">The source holds fewer or more bytes than <paramref name="size"/>.</exception>
    public void AddStored(string name, Stream source, long size, IncrementalHash? sha256, Action<long>? onBytes)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var offset = output.Position;
        var zip64 = forceZip64 || size >= ZipFormat.Max32;
        WriteLocalHeader(nameBytes, size, zip64);
        var crc = 0u;
        var copied = 0L;
        while (copied < size)
        {
            var n = source.Read(_buffer, 0, (int)Math.Min(_buffer.Length, size - copied));
            if (n == 0)
                throw new IOException($"'{name}' ended after {copied} of {size} bytes; did its file change while the bundle was written?");
            var chunk = _buffer.AsSpan(0, n);
            crc = Crc32.Append(crc, chunk);
            sha256?.AppendData(chunk);
            output.Write(chunk);
            copied += n;
            onBytes?.Invoke(n);
        }
        if (source.Read(_buffer, 0, 1) != 0)
            throw new IOException($"'{name}' grew past {size} bytes; did its file change while the bundle was written?");
        PatchCrc(offset, crc);
        _records.Add(new CentralRecord(nameBytes, crc, size, offset));
    }

    /// <summary>Writes the central directory and the end records.</summary>
    public void Finish()
    {
        var start = output.Position;
        foreach (var record in _records)
            WriteCentralHeader(record);
        var size = output.Position - start;
        var zip64 = forceZip64 || _records.Count >= ZipFormat.Max16 || start >= ZipFormat.Max32 || size >= ZipFormat.Max32;
        if (zip64)
            WriteZip64End(start, size);
        WriteEnd(start, size, zip64);
    }

    private void PatchCrc(long localHeaderOffset, uint crc)
    {
        var end = output.Position;
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, crc);
        output.Position = localHeaderOffset + 14;
        output.Write(bytes);
        output.Position = end;
    }

    private readonly record struct CentralRecord(byte[] Name, uint Crc, long Size, long LocalHeaderOffset);
}
