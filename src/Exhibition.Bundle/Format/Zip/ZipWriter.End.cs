using System.Buffers.Binary;

namespace Exhibition.Bundle.Format.Zip;

internal sealed partial class ZipWriter
{
    private void WriteZip64End(long cdStart, long cdSize)
    {
        var recordOffset = output.Position;
        Span<byte> h = stackalloc byte[ZipFormat.Zip64EndSize + ZipFormat.Zip64LocatorSize];
        h.Clear();
        W32(h, 0, ZipFormat.Zip64EndSignature);
        W64(h, 4, ZipFormat.Zip64EndSize - 12);
        W16(h, 12, ZipFormat.MadeByUnix | ZipFormat.VersionZip64);
        W16(h, 14, ZipFormat.VersionZip64);
        W64(h, 24, _records.Count);
        W64(h, 32, _records.Count);
        W64(h, 40, cdSize);
        W64(h, 48, cdStart);
        var l = ZipFormat.Zip64EndSize;
        W32(h, l, ZipFormat.Zip64LocatorSignature);
        W64(h, l + 8, recordOffset);
        W32(h, l + 16, 1);
        output.Write(h);
    }

    private void WriteEnd(long cdStart, long cdSize, bool zip64)
    {
        Span<byte> h = stackalloc byte[ZipFormat.EndSize];
        h.Clear();
        var count = zip64 ? ZipFormat.Max16 : (ushort)_records.Count;
        W32(h, 0, ZipFormat.EndSignature);
        W16(h, 8, count);
        W16(h, 10, count);
        W32(h, 12, zip64 ? ZipFormat.Max32 : (uint)cdSize);
        W32(h, 16, zip64 ? ZipFormat.Max32 : (uint)cdStart);
        output.Write(h);
    }

    private static void W16(Span<byte> s, int at, int v) => BinaryPrimitives.WriteUInt16LittleEndian(s[at..], (ushort)v);

    private static void W32(Span<byte> s, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(s[at..], v);

    private static void W64(Span<byte> s, int at, long v) => BinaryPrimitives.WriteInt64LittleEndian(s[at..], v);
}
