using System.IO.Compression;
using System.Security.Cryptography;
using Exhibition.Bundle.Format.Zip;

namespace Exhibition.Bundle.Format;

public sealed partial class BundleReader
{
    private byte[] ReadContent(ZipEntry entry) => ReadContent(_file, entry);

    private Stream OpenContent(ZipEntry entry) => OpenContent(_file, entry);

    private static Stream OpenContent(BundleFile file, ZipEntry entry)
    {
        var raw = new RangeStream(file, entry.Name, LocalHeader.DataOffset(file, entry), entry.CompressedSize);
        Stream content = entry.Method == ZipFormat.MethodStored ? raw : new DeflateStream(raw, CompressionMode.Decompress);
        return new EntryStream(content, file, entry);
    }

    private static byte[] ReadContent(BundleFile file, ZipEntry entry)
    {
        if (entry.Size > Array.MaxLength)
            throw file.Fail(BundleErrorCode.UnsupportedEntry, entry.Name, $"at {entry.Size} bytes it is too large to read into memory; open it as a stream");
        var data = GC.AllocateUninitializedArray<byte>((int)entry.Size);
        if (entry.Method == ZipFormat.MethodStored)
        {
            file.ReadExactly(data, LocalHeader.DataOffset(file, entry), entry.Name, "its data");
            Check(file, entry, data);
            return data;
        }
        // The checking stream refuses content past the declared size, so a lying header cannot grow this buffer.
        using var stream = OpenContent(file, entry);
        stream.ReadExactly(data);
        if (stream.Read(new byte[1]) != 0)
            throw file.Fail(BundleErrorCode.SizeMismatch, entry.Name, $"its content is longer than its declared {entry.Size} bytes");
        return data;
    }

    private static void Check(BundleFile file, ZipEntry entry, ReadOnlySpan<byte> data)
    {
        if (entry.Sha256 is null)
        {
            if (Crc32.Compute(data) != entry.Crc)
                throw file.Fail(BundleErrorCode.HashMismatch, entry.Name, "its CRC-32 does not match");
            return;
        }
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, hash);
        if (!hash.SequenceEqual(entry.Sha256))
            throw file.Fail(BundleErrorCode.HashMismatch, entry.Name, "its SHA-256 does not match the manifest");
    }
}
