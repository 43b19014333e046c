using System.Buffers.Binary;

namespace Exhibition.Bundle.Format.Zip;

/// <summary>Reads the end records and the central directory, trusting no declared count, size or offset.</summary>
internal static partial class ZipDirectory
{
    /// <summary>
    /// The largest central directory read into memory (about a million entries). Much more than any real bundle,
    /// small enough that a lying end record cannot make the reader allocate gigabytes.
    /// </summary>
    public const long MaxCentralDirectorySize = 128L << 20;

    public readonly record struct Location(long Offset, long Size, long Count);

    /// <summary>Every central directory entry, in directory order, and where the directory starts.</summary>
    public static (List<ZipEntry> Entries, long DirectoryOffset) Read(BundleFile file)
    {
        var location = FindDirectory(file);
        var directory = GC.AllocateUninitializedArray<byte>((int)location.Size);
        file.ReadExactly(directory, location.Offset, null, "the central directory");
        var entries = new List<ZipEntry>((int)location.Count);
        var at = 0;
        for (var i = 0L; i < location.Count; i++)
            entries.Add(ReadCentralHeader(file, directory, ref at, i));
        if (at != directory.Length)
            throw file.Fail(BundleErrorCode.NotAZip, null, $"the central directory holds {directory.Length - at} bytes more than its {location.Count} entries");
        CheckRanges(file, entries, location.Offset);
        return (entries, location.Offset);
    }

    /// <summary>Sorts by position and makes sure no two entries overlap and none reaches into the central directory.</summary>
    private static void CheckRanges(BundleFile file, List<ZipEntry> entries, long directoryOffset)
    {
        var byOffset = entries.OrderBy(e => e.LocalHeaderOffset).ToArray();
        for (var i = 0; i < byOffset.Length; i++)
        {
            var entry = byOffset[i];
            var next = i + 1 < byOffset.Length ? byOffset[i + 1] : null;
            entry.Limit = next?.LocalHeaderOffset ?? directoryOffset;
            if (entry.LocalHeaderOffset > directoryOffset || entry.CompressedSize > directoryOffset || entry.MinimumEnd > directoryOffset)
                throw file.Fail(BundleErrorCode.BadEntryRange, entry.Name, $"its data (offset {entry.LocalHeaderOffset}, {entry.CompressedSize} bytes) lies outside the entries' part of the file");
            if (entry.MinimumEnd > entry.Limit)
                throw file.Fail(BundleErrorCode.BadEntryRange, entry.Name, $"its data overlaps entry '{next!.Name}'");
        }
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16LittleEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt32LittleEndian(s[at..]);

    private static ulong U64(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt64LittleEndian(s[at..]);
}
