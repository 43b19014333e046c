using System.Buffers.Binary;
using System.Text;
using ContentPacker.Media.Ffmpeg;

namespace ContentPacker.Tests.Media.Ffmpeg;

public sealed class Mp4BoxScannerTests
{
    [Test]
    public void Scan_finds_the_index_before_the_media_data()
    {
        var layout = Mp4BoxScanner.Scan(Boxes(("ftyp", 24), ("moov", 100), ("mdat", 1000)));
        Assert.That(layout, Is.EqualTo(new Mp4Layout(true, true, null)));
    }

    [Test]
    public void Scan_finds_the_index_after_the_media_data()
    {
        var layout = Mp4BoxScanner.Scan(Boxes(("ftyp", 24), ("free", 8), ("mdat", 1000), ("moov", 100)));
        Assert.That(layout, Is.EqualTo(new Mp4Layout(true, false, null)));
    }

    [Test]
    public void Scan_reports_a_box_that_runs_past_the_end()
    {
        var stream = Boxes(("ftyp", 24), ("moov", 100), ("mdat", 1000));
        stream.SetLength(stream.Length - 1);
        Assert.That(Mp4BoxScanner.Scan(stream).TruncatedBox, Is.EqualTo("mdat"));
    }

    [Test]
    public void Scan_follows_a_64_bit_box_size()
    {
        // Given an mdat whose size is in the 64-bit "largesize" field, followed by moov
        var stream = Boxes(("ftyp", 24));
        var large = new byte[16 + 40];
        BinaryPrimitives.WriteUInt32BigEndian(large, 1);
        Encoding.ASCII.GetBytes("mdat").CopyTo(large, 4);
        BinaryPrimitives.WriteUInt64BigEndian(large.AsSpan(8), (ulong)large.Length);
        stream.Write(large);
        stream.Write(Boxes(("moov", 50)).ToArray());

        // Then the scan steps over it to a complete file with the index last
        Assert.That(Mp4BoxScanner.Scan(stream), Is.EqualTo(new Mp4Layout(true, false, null)));
    }

    [Test]
    public void Scan_says_a_file_of_other_bytes_is_not_mp4()
    {
        var stream = new MemoryStream(Encoding.ASCII.GetBytes("\x1a\x45\xdf\xa3 this is Matroska, not MP4"));
        Assert.That(Mp4BoxScanner.Scan(stream), Is.EqualTo(new Mp4Layout(false, false, null)));
    }

    private static MemoryStream Boxes(params (string Type, int Size)[] boxes)
    {
        var stream = new MemoryStream();
        foreach (var (type, size) in boxes)
        {
            var box = new byte[size];
            BinaryPrimitives.WriteUInt32BigEndian(box, (uint)size);
            Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
            stream.Write(box);
        }

        return stream;
    }
}
