using Exhibition.Bundle.Model;
using ExhibitionViewer.Video;

namespace ExhibitionViewer.Tests.Video;

public sealed class VideoRulesTests
{
    [TestCase(ColourMatrix.Bt709, ColourRange.Limited, 235, 128, 128, 255, 255, 255)]
    [TestCase(ColourMatrix.Bt709, ColourRange.Limited, 16, 128, 128, 0, 0, 0)]
    [TestCase(ColourMatrix.Bt709, ColourRange.Limited, 63, 102, 240, 255, 0, 0)]
    [TestCase(ColourMatrix.Bt601, ColourRange.Limited, 81, 90, 240, 255, 0, 0)]
    [TestCase(ColourMatrix.Bt709, ColourRange.Full, 255, 128, 128, 255, 255, 255)]
    [TestCase(ColourMatrix.Bt601, ColourRange.Full, 76, 85, 255, 254, 0, 0)]
    public void YUV_samples_convert_to_the_published_RGB_for_each_matrix_and_range(
        ColourMatrix matrix, ColourRange range, int y, int u, int v, int r, int g, int b)
    {
        // Given the conversion for a matrix and range
        var conversion = YuvToRgb.For(matrix, range);

        // When a reference colour's YCbCr (from the standards' tables) is converted
        var rgb = conversion.Convert((byte)y, (byte)u, (byte)v);

        // Then it gives the RGB within one level of rounding
        Assert.That(Math.Abs(rgb.R - r), Is.LessThanOrEqualTo(1), $"R was {rgb.R}");
        Assert.That(Math.Abs(rgb.G - g), Is.LessThanOrEqualTo(1), $"G was {rgb.G}");
        Assert.That(Math.Abs(rgb.B - b), Is.LessThanOrEqualTo(1), $"B was {rgb.B}");
    }

    [Test]
    public void The_two_matrices_give_different_colours_for_the_same_samples()
    {
        // Given saturated red as BT.709 codes it
        // When it is read as BT.601 instead
        var wrong = YuvToRgb.For(ColourMatrix.Bt601, ColourRange.Limited).Convert(63, 102, 240);

        // Then its red is visibly off (about 234 instead of 255), so choosing the matrix matters
        Assert.That(wrong.R, Is.LessThan(240));
    }

    [TestCase(null, null, 5.0, true)]
    [TestCase(2.0, null, 1.99, false)]
    [TestCase(2.0, null, 2.0, true)]
    [TestCase(null, 4.0, 3.99, true)]
    [TestCase(null, 4.0, 4.0, false)]
    [TestCase(2.0, 4.0, 3.0, true)]
    [TestCase(2.0, 4.0, 4.5, false)]
    public void A_hotspot_shows_only_within_its_time_range(double? from, double? until, double at, bool visible)
    {
        // Given a hotspot with an optional time range
        var hotspot = new Hotspot
        {
            Id = "h", Kind = HotspotKind.Scene, Yaw = 0, Pitch = 0, Label = new LocalizedText(), ShowFrom = from, ShowUntil = until,
        };

        // When asked at a time
        // Then it shows from ShowFrom (inclusive) until ShowUntil (exclusive)
        Assert.That(VideoPlayback.IsVisibleAt(hotspot, at), Is.EqualTo(visible));
    }

    [Test]
    public void A_caption_track_gives_each_cue_only_inside_its_times_and_stacks_overlaps()
    {
        // Given cues with markup and an overlap
        var track = CaptionTrack.Parse("WEBVTT\n\n00:01.000 --> 00:03.000\n<b>Hello</b> there\n\n00:02.500 --> 00:04.000\nSecond\n");

        // When asked at times
        // Then start is inclusive, end exclusive, markup is dropped and overlapping cues stack
        Assert.That(track.TextAt(0.999), Is.Null);
        Assert.That(track.TextAt(1.0), Is.EqualTo("Hello there"));
        Assert.That(track.TextAt(2.7), Is.EqualTo("Hello there\nSecond"));
        Assert.That(track.TextAt(3.0), Is.EqualTo("Second"));
        Assert.That(track.TextAt(4.0), Is.Null);
    }

    [Test]
    public void The_subfile_url_covers_exactly_the_entry_bytes()
    {
        // Given an entry at bytes 1000..1499 of a bundle
        var source = new VideoSource("/data/x.exhibit", new Exhibition.Bundle.Format.EntryRange(1000, 500));

        // When it is given to ffmpeg
        // Then the subfile URL starts at the entry and ends one past its last byte
        Assert.That(source.Url, Is.EqualTo("subfile,,start,1000,end,1500,,:/data/x.exhibit"));
    }

    [Test]
    public void Probe_output_without_colour_tags_follows_the_SD_HD_convention_and_yuvj_means_full_range()
    {
        // Given ffprobe output for an untagged 4K stream and a full-range SD stream
        const string Hd = """{"streams":[{"codec_type":"video","width":3840,"height":1920,"avg_frame_rate":"30000/1001","pix_fmt":"yuv420p"}],"format":{"duration":"12.5"}}""";
        const string Sd = """{"streams":[{"codec_type":"video","width":640,"height":320,"avg_frame_rate":"25/1","pix_fmt":"yuvj420p"},{"codec_type":"audio"}]}""";

        // When parsed
        var hd = VideoProbe.Parse(Hd)!;
        var sd = VideoProbe.Parse(Sd)!;

        // Then HD is BT.709 limited without sound, SD is BT.601 full with sound
        Assert.That((hd.Matrix, hd.Range, hd.HasAudio), Is.EqualTo((ColourMatrix.Bt709, ColourRange.Limited, false)));
        Assert.That(hd.FramesPerSecond, Is.EqualTo(29.97).Within(0.01));
        Assert.That(hd.DurationSeconds, Is.EqualTo(12.5));
        Assert.That((sd.Matrix, sd.Range, sd.HasAudio), Is.EqualTo((ColourMatrix.Bt601, ColourRange.Full, true)));
        Assert.That(VideoProbe.Parse("""{"streams":[{"codec_type":"audio"}]}"""), Is.Null);
    }
}
