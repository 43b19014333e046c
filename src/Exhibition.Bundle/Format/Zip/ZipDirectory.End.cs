namespace Exhibition.Bundle.Format.Zip;

internal static partial class ZipDirectory
{
    private static Location FindDirectory(BundleFile file)
    {
        if (file.Length < ZipFormat.EndSize)
            throw file.Fail(BundleErrorCode.NotAZip, null, $"at {file.Length} bytes it is too short to be a ZIP file");
        var tailSize = (int)Math.Min(file.Length, ZipFormat.EndSize + ZipFormat.MaxCommentSize);
        var tail = new byte[tailSize];
        file.ReadExactly(tail, file.Length - tailSize, null, "the end record");
        var at = FindEnd(tail);
        if (at < 0)
            throw file.Fail(BundleErrorCode.NotAZip, null, "it is not a ZIP file (no end-of-central-directory record)");
        var end = tail.AsSpan(at, ZipFormat.EndSize);
        var endOffset = file.Length - tailSize + at;
        if (U16(end, 4) != 0 || U16(end, 6) != 0 || U16(end, 8) != U16(end, 10))
            throw file.Fail(BundleErrorCode.NotAZip, null, "it is a multi-disk ZIP, which bundles never are");
        var location = new Location(U32(end, 16), U32(end, 12), U16(end, 10));
        var directoryEnd = endOffset;
        if (endOffset >= ZipFormat.Zip64LocatorSize)
        {
            Span<byte> locator = stackalloc byte[ZipFormat.Zip64LocatorSize];
            file.ReadExactly(locator, endOffset - ZipFormat.Zip64LocatorSize, null, "the ZIP64 locator");
            if (U32(locator, 0) == ZipFormat.Zip64LocatorSignature)
                (location, directoryEnd) = ReadZip64End(file, locator, endOffset - ZipFormat.Zip64LocatorSize);
        }
        return Check(file, location, directoryEnd);
    }

    /// <summary>The last end record whose comment runs exactly to the end of the file.</summary>
    private static int FindEnd(ReadOnlySpan<byte> tail)
    {
        for (var at = tail.Length - ZipFormat.EndSize; at >= 0; at--)
        {
            if (U32(tail, at) == ZipFormat.EndSignature && at + ZipFormat.EndSize + U16(tail, at + 20) == tail.Length)
                return at;
        }
        return -1;
    }

    private static (Location, long) ReadZip64End(BundleFile file, ReadOnlySpan<byte> locator, long locatorOffset)
    {
        var offset = U64(locator, 8);
        if (U32(locator, 4) != 0 || U32(locator, 16) > 1)
            throw file.Fail(BundleErrorCode.NotAZip, null, "it is a multi-disk ZIP64 file, which bundles never are");
        if (offset > (ulong)(locatorOffset - ZipFormat.Zip64EndSize))
            throw file.Fail(BundleErrorCode.Truncated, null, $"the ZIP64 end record offset {offset} lies outside the file");
        Span<byte> record = stackalloc byte[ZipFormat.Zip64EndSize];
        file.ReadExactly(record, (long)offset, null, "the ZIP64 end record");
        if (U32(record, 0) != ZipFormat.Zip64EndSignature || U32(record, 16) != 0 || U32(record, 20) != 0 || U64(record, 24) != U64(record, 32))
            throw file.Fail(BundleErrorCode.NotAZip, null, "its ZIP64 end record is corrupt");
        var count = U64(record, 32);
        var size = U64(record, 40);
        var start = U64(record, 48);
        if (count > long.MaxValue || size > long.MaxValue || start > long.MaxValue)
            throw file.Fail(BundleErrorCode.NotAZip, null, "its ZIP64 end record declares impossible sizes");
        return (new Location((long)start, (long)size, (long)count), (long)offset);
    }

    private static Location Check(BundleFile file, Location location, long directoryEnd)
    {
        if (location.Offset > directoryEnd || location.Size > directoryEnd - location.Offset)
            throw file.Fail(BundleErrorCode.Truncated, null, $"the central directory ({location.Size} bytes at offset {location.Offset}) runs past its end record");
        if (location.Offset + location.Size != directoryEnd)
            throw file.Fail(BundleErrorCode.NotAZip, null, "there is a gap between the central directory and its end record");
        if (location.Size > MaxCentralDirectorySize)
            throw file.Fail(BundleErrorCode.NotAZip, null, $"its central directory of {location.Size} bytes is larger than the {MaxCentralDirectorySize}-byte limit");
        if (location.Count > location.Size / ZipFormat.CentralHeaderSize)
            throw file.Fail(BundleErrorCode.Truncated, null, $"it declares {location.Count} entries but its central directory has room for at most {location.Size / ZipFormat.CentralHeaderSize}");
        return location;
    }
}
