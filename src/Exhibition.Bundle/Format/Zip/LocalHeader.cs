using System.Buffers.Binary;

namespace Exhibition.Bundle.Format.Zip;

/// <summary>
/// Checks an entry's local header against its central directory record and finds where its data starts. Done on an
/// entry's first read rather than at open, so opening costs the central directory, not one seek per entry.
/// </summary>
internal static class LocalHeader
{
    public static long DataOffset(BundleFile file, ZipEntry entry)
    {
        var known = entry.DataOffset;
        if (known >= 0)
            return known;
        var offset = Resolve(file, entry);
        entry.DataOffset = offset;
        return offset;
    }

    private static long Resolve(BundleFile file, ZipEntry entry)
    {
        var fixedSize = ZipFormat.LocalHeaderSize + entry.NameByteCount;
        var header = new byte[fixedSize];
        file.ReadExactly(header, entry.LocalHeaderOffset, entry.Name, "its local header");
        var h = header.AsSpan();
        if (BinaryPrimitives.ReadUInt32LittleEndian(h) != ZipFormat.LocalHeaderSignature)
            throw file.Fail(BundleErrorCode.BadEntryRange, entry.Name, $"there is no local header at offset {entry.LocalHeaderOffset}, where the central directory points");
        var flags = U16(h, 6);
        const int mustAgree = ZipFormat.FlagEncrypted | ZipFormat.FlagStrongEncryption | ZipFormat.FlagUtf8;
        if (((flags ^ entry.Flags) & mustAgree) != 0 || U16(h, 8) != entry.Method)
            throw file.Fail(BundleErrorCode.UnsupportedEntry, entry.Name, "its local header and central directory disagree on flags or compression method");
        if (!h[ZipFormat.LocalHeaderSize..].SequenceEqual(System.Text.Encoding.UTF8.GetBytes(entry.Name)))
            throw file.Fail(BundleErrorCode.BadEntryName, entry.Name, "its local header names a different entry");
        var extraLength = U16(h, 28);
        var dataOffset = entry.LocalHeaderOffset + fixedSize + extraLength;
        if (dataOffset + entry.CompressedSize > entry.Limit)
            throw file.Fail(BundleErrorCode.BadEntryRange, entry.Name, "its local header and data run into the next entry");
        var crc = U32(h, 14);
        var fields = new Zip64Fields(U32(h, 22), U32(h, 18), 0);
        var deferred = (flags & ZipFormat.FlagDataDescriptor) != 0 && crc == 0 && fields.Size == 0 && fields.CompressedSize == 0;
        if (!deferred)
            CheckSizes(file, entry, crc, fields, dataOffset - extraLength, extraLength);
        return dataOffset;
    }

    private static void CheckSizes(BundleFile file, ZipEntry entry, uint crc, Zip64Fields fields, long extraOffset, int extraLength)
    {
        var extra = new byte[extraLength];
        if (fields.Size == ZipFormat.Max32 || fields.CompressedSize == ZipFormat.Max32)
            file.ReadExactly(extra, extraOffset, entry.Name, "its local header's extra field");
        var (size, compressed, _) = fields.Resolve(file, entry.Name, extra);
        if (size != entry.Size || compressed != entry.CompressedSize)
            throw file.Fail(BundleErrorCode.SizeMismatch, entry.Name, $"its local header says {compressed}/{size} bytes, the central directory {entry.CompressedSize}/{entry.Size}");
        if (crc != entry.Crc)
            throw file.Fail(BundleErrorCode.HashMismatch, entry.Name, "its local header and central directory disagree on the CRC-32");
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16LittleEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt32LittleEndian(s[at..]);
}
