using System.Buffers.Binary;
using System.Text;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>
/// Byte surgery on a small (non-ZIP64) ZIP held in memory, written independently of the production reader so crafted
/// bundles do not depend on the code under test. Offsets are those of APPNOTE 6.3.
/// </summary>
public sealed class ZipPatch(byte[] bytes)
{
    public const int CentralMethod = 10, CentralCrc = 16, CentralCompressedSize = 20, CentralSize = 24, CentralLocalOffset = 42, CentralFlags = 8;
    public const int LocalFlags = 6, LocalMethod = 8, LocalCrc = 14, LocalCompressedSize = 18, LocalSize = 22;

    public byte[] Bytes { get; } = bytes;

    public int EndOffset
    {
        get
        {
            for (var at = Bytes.Length - 22; at >= 0; at--)
            {
                if (U32(at) == 0x06054b50)
                    return at;
            }
            throw new InvalidOperationException("No end record.");
        }
    }

    public int DirectoryOffset => (int)U32(EndOffset + 16);

    /// <summary>The central directory header of <paramref name="name"/>.</summary>
    public int Central(string name)
    {
        var at = DirectoryOffset;
        while (U32(at) == 0x02014b50)
        {
            int n = U16(at + 28), extra = U16(at + 30), comment = U16(at + 32);
            if (Encoding.UTF8.GetString(Bytes, at + 46, n) == name)
                return at;
            at += 46 + n + extra + comment;
        }
        throw new ArgumentException($"No entry '{name}'.");
    }

    public int Local(string name) => (int)U32(Central(name) + CentralLocalOffset);

    public int Data(string name)
    {
        var local = Local(name);
        return local + 30 + U16(local + 26) + U16(local + 28);
    }

    /// <summary>Renames an entry in both headers; the new name must have the same UTF-8 length.</summary>
    public ZipPatch Rename(string name, string newName, bool central = true, bool local = true)
    {
        var bytes = Encoding.UTF8.GetBytes(newName);
        if (bytes.Length != Encoding.UTF8.GetByteCount(name))
            throw new ArgumentException("Names must have the same length.");
        var (c, l) = (Central(name), Local(name));
        if (local)
            bytes.CopyTo(Bytes, l + 30);
        if (central)
            bytes.CopyTo(Bytes, c + 46);
        return this;
    }

    public ushort U16(int at) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes.AsSpan(at));

    public uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes.AsSpan(at));

    public ZipPatch Set16(int at, int value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(Bytes.AsSpan(at), (ushort)value);
        return this;
    }

    public ZipPatch Set32(int at, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(Bytes.AsSpan(at), value);
        return this;
    }
}
