using System.Buffers.Binary;

namespace Exhibition.Bundle.Format.Zip;

/// <summary>The ZIP CRC-32 (reflected polynomial 0xEDB88320), slice-by-8 because System.IO.Hashing is not available.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>Continues <paramref name="crc"/> (start with 0) over <paramref name="data"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var t = Table.AsSpan();
        var c = ~crc;
        while (data.Length >= 8)
        {
            var lo = c ^ BinaryPrimitives.ReadUInt32LittleEndian(data);
            var hi = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = t[(7 * 256) + (int)(lo & 0xFF)] ^ t[(6 * 256) + (int)((lo >> 8) & 0xFF)]
              ^ t[(5 * 256) + (int)((lo >> 16) & 0xFF)] ^ t[(4 * 256) + (int)(lo >> 24)]
              ^ t[(3 * 256) + (int)(hi & 0xFF)] ^ t[(2 * 256) + (int)((hi >> 8) & 0xFF)]
              ^ t[256 + (int)((hi >> 16) & 0xFF)] ^ t[(int)(hi >> 24)];
            data = data[8..];
        }
        foreach (var b in data)
            c = t[(int)((c ^ b) & 0xFF)] ^ (c >> 8);
        return ~c;
    }

    /// <summary>The CRC-32 of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        for (var slice = 1; slice < 8; slice++)
        {
            for (var i = 0; i < 256; i++)
            {
                var prev = table[((slice - 1) * 256) + i];
                table[(slice * 256) + i] = (prev >> 8) ^ table[(int)(prev & 0xFF)];
            }
        }
        return table;
    }
}
