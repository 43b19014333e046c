using System.Buffers.Binary;
using System.Text;

namespace ContentPacker.Media.Ffmpeg;

/// <summary>Reads only the top-level box headers of an MP4/MOV file (ISO/IEC 14496-12 §4.2), never the payloads.</summary>
internal static class Mp4BoxScanner
{
    // Boxes a real MP4 or QuickTime file can begin with; anything else is treated as "not MP4".
    private static readonly HashSet<string> LeadingBoxes = ["ftyp", "moov", "mdat", "free", "skip", "wide", "pnot", "uuid"];

    /// <summary>Scans <paramref name="file"/>, which must exist.</summary>
    public static Mp4Layout Scan(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 16, FileOptions.RandomAccess);
        return Scan(stream);
    }

    /// <summary>Scans a seekable stream.</summary>
    public static Mp4Layout Scan(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long length = stream.Length;
        long position = 0;
        bool? moovFirst = null;
        while (position < length)
        {
            var box = BoxHeader.Read(stream, position, length);
            if (position == 0 && (box is null || !LeadingBoxes.Contains(box.Value.Type)))
            {
                return new Mp4Layout(false, false, null);
            }

            if (box is null)
            {
                return new Mp4Layout(true, moovFirst ?? false, "(box header)");
            }

            var (type, size) = box.Value;
            if (moovFirst is null && type is "moov" or "mdat")
            {
                moovFirst = type == "moov";
            }

            if (size > length - position)
            {
                return new Mp4Layout(true, moovFirst ?? false, type);
            }

            position += size;
        }

        return new Mp4Layout(length > 0, moovFirst ?? false, null);
    }

    private readonly record struct BoxHeader(string Type, long Size)
    {
        // Null when the bytes cannot be a box header: too short, a non-printable type, or a size smaller than the header.
        public static BoxHeader? Read(Stream stream, long position, long length)
        {
            Span<byte> bytes = stackalloc byte[16];
            int wanted = (int)Math.Min(16, length - position);
            stream.Position = position;
            stream.ReadExactly(bytes[..wanted]);
            if (wanted < 8 || !bytes[4..8].ToArray().All(b => b is >= 0x20 and < 0x7F))
            {
                return null;
            }

            string type = Encoding.ASCII.GetString(bytes[4..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            int headerSize = 8;
            if (size == 1)
            {
                if (wanted < 16)
                {
                    return null;
                }

                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(bytes[8..16]), long.MaxValue);
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = length - position; // "extends to the end of the file"
            }

            return size < headerSize ? null : new BoxHeader(type, size);
        }
    }
}
