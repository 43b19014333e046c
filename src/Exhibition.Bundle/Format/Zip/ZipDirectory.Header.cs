namespace Exhibition.Bundle.Format.Zip;

internal static partial class ZipDirectory
{
    private static ZipEntry ReadCentralHeader(BundleFile file, byte[] directory, ref int at, long index)
    {
        var span = directory.AsSpan();
        if (span.Length - at < ZipFormat.CentralHeaderSize)
            throw file.Fail(BundleErrorCode.Truncated, null, $"the central directory ends inside the header of entry #{index}");
        var h = span.Slice(at, ZipFormat.CentralHeaderSize);
        if (U32(h, 0) != ZipFormat.CentralHeaderSignature)
            throw file.Fail(BundleErrorCode.NotAZip, null, $"the central directory header of entry #{index} is corrupt");
        int nameLength = U16(h, 28), extraLength = U16(h, 30), commentLength = U16(h, 32);
        if (span.Length - at - ZipFormat.CentralHeaderSize < nameLength + extraLength + commentLength)
            throw file.Fail(BundleErrorCode.Truncated, null, $"the central directory ends inside the name or fields of entry #{index}");
        var nameBytes = span.Slice(at + ZipFormat.CentralHeaderSize, nameLength);
        var extra = span.Slice(at + ZipFormat.CentralHeaderSize + nameLength, extraLength);
        at += ZipFormat.CentralHeaderSize + nameLength + extraLength + commentLength;
        var flags = U16(h, 8);
        var name = Name(file, nameBytes, flags, index);
        var fields = new Zip64Fields(U32(h, 24), U32(h, 20), U32(h, 42));
        var sizes = fields.Resolve(file, name, extra);
        if (U16(h, 34) is not 0 and not ZipFormat.Max16)
            throw file.Fail(BundleErrorCode.NotAZip, name, "it starts on another disk");
        var entry = new ZipEntry
        {
            Name = name,
            NameByteCount = nameLength,
            Flags = flags,
            Method = U16(h, 10),
            Crc = U32(h, 16),
            Size = sizes.Size,
            CompressedSize = sizes.CompressedSize,
            LocalHeaderOffset = sizes.Offset,
        };
        CheckKind(file, entry);
        return entry;
    }

    private static string Name(BundleFile file, ReadOnlySpan<byte> bytes, ushort flags, long index)
    {
        var name = EntryPaths.Decode(bytes)
            ?? throw file.Fail(BundleErrorCode.BadEntryName, $"#{index}", "its name is not valid UTF-8");
        if ((flags & ZipFormat.FlagUtf8) == 0 && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
            throw file.Fail(BundleErrorCode.BadEntryName, name, "its name is not ASCII and the UTF-8 flag is not set, so tools would read it differently");
        if (EntryPaths.Problem(name) is { } problem)
            throw file.Fail(BundleErrorCode.BadEntryName, name, problem);
        return name;
    }

    private static void CheckKind(BundleFile file, ZipEntry entry)
    {
        if ((entry.Flags & (ZipFormat.FlagEncrypted | ZipFormat.FlagStrongEncryption)) != 0)
            throw file.Fail(BundleErrorCode.UnsupportedEntry, entry.Name, "it is encrypted");
        if (entry.Method is not ZipFormat.MethodStored and not ZipFormat.MethodDeflate)
            throw file.Fail(BundleErrorCode.UnsupportedEntry, entry.Name, $"it uses compression method {entry.Method}; only stored (0) and deflate (8) are read");
        if (entry.Method == ZipFormat.MethodStored && entry.CompressedSize != entry.Size)
            throw file.Fail(BundleErrorCode.SizeMismatch, entry.Name, $"it is stored but declares {entry.CompressedSize} stored and {entry.Size} uncompressed bytes");
        // Deflate cannot expand data by more than about 1032:1, so a larger claim is a lie, not a big file.
        if (entry.Method == ZipFormat.MethodDeflate && (entry.Size - 1024) / 1032 > entry.CompressedSize)
            throw file.Fail(BundleErrorCode.SizeMismatch, entry.Name, $"it declares {entry.Size} bytes, more than its {entry.CompressedSize} compressed bytes can inflate to");
    }
}
