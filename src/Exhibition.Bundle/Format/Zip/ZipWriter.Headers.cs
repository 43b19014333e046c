using System.Buffers.Binary;

namespace Exhibition.Bundle.Format.Zip;

internal sealed partial class ZipWriter
{
    private void WriteLocalHeader(byte[] name, long size, bool zip64)
    {
        Span<byte> h = stackalloc byte[ZipFormat.LocalHeaderSize + 20];
        h.Clear();
        var extra = zip64 ? 20 : 0;
        W32(h, 0, ZipFormat.LocalHeaderSignature);
        W16(h, 4, zip64 ? ZipFormat.VersionZip64 : ZipFormat.VersionDefault);
        W16(h, 6, ZipFormat.FlagUtf8);
        W16(h, 8, ZipFormat.MethodStored);
        W16(h, 10, ZipFormat.DosTime);
        W16(h, 12, ZipFormat.DosDate);
        // 14: CRC, patched once the data has been streamed.
        W32(h, 18, zip64 ? ZipFormat.Max32 : (uint)size);
        W32(h, 22, zip64 ? ZipFormat.Max32 : (uint)size);
        W16(h, 26, (ushort)name.Length);
        W16(h, 28, (ushort)extra);
        if (zip64)
        {
            W16(h, 30, ZipFormat.Zip64ExtraId);
            W16(h, 32, 16);
            W64(h, 34, size);
            W64(h, 42, size);
        }
        output.Write(h[..ZipFormat.LocalHeaderSize]);
        output.Write(name);
        output.Write(h.Slice(ZipFormat.LocalHeaderSize, extra));
    }

    private void WriteCentralHeader(CentralRecord r)
    {
        var bigSize = forceZip64 || r.Size >= ZipFormat.Max32;
        var bigOffset = forceZip64 || r.LocalHeaderOffset >= ZipFormat.Max32;
        var fields = (bigSize ? 16 : 0) + (bigOffset ? 8 : 0);
        var extra = fields == 0 ? 0 : 4 + fields;
        Span<byte> h = stackalloc byte[ZipFormat.CentralHeaderSize + 28];
        h.Clear();
        W32(h, 0, ZipFormat.CentralHeaderSignature);
        W16(h, 4, ZipFormat.MadeByUnix | ZipFormat.VersionZip64);
        W16(h, 6, extra > 0 || bigSize ? ZipFormat.VersionZip64 : ZipFormat.VersionDefault);
        W16(h, 8, ZipFormat.FlagUtf8);
        W16(h, 10, ZipFormat.MethodStored);
        W16(h, 12, ZipFormat.DosTime);
        W16(h, 14, ZipFormat.DosDate);
        W32(h, 16, r.Crc);
        W32(h, 20, bigSize ? ZipFormat.Max32 : (uint)r.Size);
        W32(h, 24, bigSize ? ZipFormat.Max32 : (uint)r.Size);
        W16(h, 28, (ushort)r.Name.Length);
        W16(h, 30, (ushort)extra);
        W32(h, 38, ZipFormat.UnixFileAttributes);
        W32(h, 42, bigOffset ? ZipFormat.Max32 : (uint)r.LocalHeaderOffset);
        var at = ZipFormat.CentralHeaderSize;
        if (extra > 0)
        {
            W16(h, at, ZipFormat.Zip64ExtraId);
            W16(h, at + 2, (ushort)fields);
            at += 4;
            if (bigSize)
            {
                W64(h, at, r.Size);
                W64(h, at + 8, r.Size);
                at += 16;
            }
            if (bigOffset)
                W64(h, at, r.LocalHeaderOffset);
        }
        output.Write(h[..ZipFormat.CentralHeaderSize]);
        output.Write(r.Name);
        output.Write(h.Slice(ZipFormat.CentralHeaderSize, extra));
    }
}
