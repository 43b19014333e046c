using System.Buffers.Binary;
using System.Text;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>Damages a valid bundle in one of the ways a bad disk, a bad copy or an attacker would.</summary>
public sealed class Mutator(Random random)
{
    public const int Kinds = 9;

    public byte[] Mutate(byte[] original, int kind)
    {
        var bytes = (byte[])original.Clone();
        var zip = new ZipPatch(bytes);
        var names = Names(zip);
        var name = names[random.Next(names.Count)];
        switch (kind)
        {
            case 0:
                for (var i = random.Next(1, 5); i > 0; i--)
                    bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                return bytes;
            case 1:
                var directory = zip.DirectoryOffset;
                for (var i = random.Next(1, 4); i > 0; i--)
                    bytes[random.Next(directory, bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 2:
                return bytes[..random.Next(bytes.Length)];
            case 3:
                var field = zip.Central(name) + (random.Next(2) == 0 ? random.Next(4, 46) & ~1 : random.Next(4, 43));
                WriteValue(bytes, field, random.Next(4) switch { 0 => 0u, 1 => uint.MaxValue, 2 => uint.MaxValue - 1, _ => (uint)random.Next() });
                return bytes;
            case 4:
                var other = names[random.Next(names.Count)];
                return Encoding.UTF8.GetByteCount(other) == Encoding.UTF8.GetByteCount(name) ? zip.Rename(name, other, local: random.Next(2) == 0).Bytes : bytes;
            case 5:
                var dotted = "../" + name[Math.Min(3, name.Length)..];
                return name.Length >= 3 ? zip.Rename(name, dotted[..name.Length]).Bytes : bytes;
            case 6:
                var central = zip.Central(name);
                var huge = random.Next(2) == 0 ? uint.MaxValue : 0x7FFF_FFF0u;
                zip.Set32(central + ZipPatch.CentralSize, huge);
                if (random.Next(2) == 0)
                    zip.Set32(central + ZipPatch.CentralCompressedSize, huge);
                return bytes;
            case 7:
                var end = zip.EndOffset;
                WriteValue(bytes, end + (random.Next(4, 21) & ~1), random.Next(2) == 0 ? uint.MaxValue : (uint)random.Next(0, bytes.Length * 2));
                return bytes;
            default:
                var local = zip.Local(name);
                WriteValue(bytes, local + (random.Next(4, 29) & ~1), (uint)random.Next());
                return bytes;
        }
    }

    private void WriteValue(byte[] bytes, int at, uint value)
    {
        if (random.Next(2) == 0 && at + 4 <= bytes.Length)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), value);
        else if (at + 2 <= bytes.Length)
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), (ushort)value);
    }

    private static List<string> Names(ZipPatch zip)
    {
        var names = new List<string>();
        var at = zip.DirectoryOffset;
        while (zip.U32(at) == 0x02014b50)
        {
            int n = zip.U16(at + 28), extra = zip.U16(at + 30), comment = zip.U16(at + 32);
            names.Add(Encoding.UTF8.GetString(zip.Bytes, at + 46, n));
            at += 46 + n + extra + comment;
        }
        return names;
    }
}
