using System.Buffers.Binary;

namespace Exhibition.Bundle.Format.Zip;

/// <summary>The 32-bit size and offset fields of a header; any that is 0xFFFFFFFF is really in the ZIP64 extra field.</summary>
internal readonly record struct Zip64Fields(uint Size, uint CompressedSize, uint Offset)
{
    public (long Size, long CompressedSize, long Offset) Resolve(BundleFile file, string entry, ReadOnlySpan<byte> extra)
    {
        var wanted = (Size == ZipFormat.Max32 ? 1 : 0) + (CompressedSize == ZipFormat.Max32 ? 1 : 0) + (Offset == ZipFormat.Max32 ? 1 : 0);
        if (wanted == 0)
            return (Size, CompressedSize, Offset);
        var values = Find(file, entry, extra, wanted);
        var next = 0;
        long Pick(uint field) => field == ZipFormat.Max32 ? values[next++] : field;
        return (Pick(Size), Pick(CompressedSize), Pick(Offset));
    }

    private static long[] Find(BundleFile file, string entry, ReadOnlySpan<byte> extra, int wanted)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (length > extra.Length - 4)
                break;
            if (id == ZipFormat.Zip64ExtraId)
            {
                if (length < wanted * 8)
                    break;
                var values = new long[wanted];
                for (var i = 0; i < wanted; i++)
                {
                    var value = BinaryPrimitives.ReadUInt64LittleEndian(extra[(4 + (i * 8))..]);
                    values[i] = value <= long.MaxValue ? (long)value
                        : throw file.Fail(BundleErrorCode.BadEntryRange, entry, $"its ZIP64 field declares the impossible value {value}");
                }
                return values;
            }
            extra = extra[(4 + length)..];
        }
        throw file.Fail(BundleErrorCode.NotAZip, entry, "its header says ZIP64 but has no valid ZIP64 extra field");
    }
}
