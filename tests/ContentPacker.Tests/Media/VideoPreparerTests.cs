using ContentPacker.Media;
using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media;

public sealed partial class VideoPreparerTests
{
    [Test]
    public void Prepare_keeps_kiosk_safe_streams_untouched_and_strips_metadata()
    {
        // Given a clip that is already H.264 High yuv420p AAC with its index first, tagged with a title and location
        using var output = new TempDirectory();
        string clip = TestClips.Compliant;

        // When it is prepared
        var prepared = VideoPreparer.Prepare(clip, output.Path);

        // Then the coded pictures are the very same bytes, the index is first, and the tags are gone
        Assert.That(FfmpegCli.VideoPacketHash(prepared.Mp4File), Is.EqualTo(FfmpegCli.VideoPacketHash(clip)));
        Assert.That(prepared.Info.MoovAtFront, Is.True);
        Assert.That(FfmpegCli.FormatTags(clip), Does.Contain("location"), "the fixture must carry tags to strip");
        Assert.That(FfmpegCli.FormatTags(prepared.Mp4File), Does.Not.Contain("location").And.Not.Contain("title"));
    }

    [Test]
    public void Prepare_moves_the_index_to_the_front_without_reencoding()
    {
        // Given kiosk-safe streams in an MP4 whose index comes after the media data
        using var output = new TempDirectory();
        string clip = TestClips.IndexLast;
        Assert.That(VideoProbe.Probe(clip).MoovAtFront, Is.False, "the fixture must start with its index last");

        // When it is prepared
        var prepared = VideoPreparer.Prepare(clip, output.Path);

        // Then the output has its index first and the same coded pictures
        Assert.That(VideoProbe.Probe(prepared.Mp4File).MoovAtFront, Is.True);
        Assert.That(FfmpegCli.VideoPacketHash(prepared.Mp4File), Is.EqualTo(FfmpegCli.VideoPacketHash(clip)));
    }

    [Test]
    public void Prepare_transcodes_yuv444_with_mp3_to_h264_high_yuv420p_aac_at_the_same_rate()
    {
        // Given H.264 4:4:4 with MP3 sound, which kiosks may not play
        using var output = new TempDirectory();

        // When it is prepared
        var prepared = VideoPreparer.Prepare(TestClips.Yuv444, output.Path);

        // Then an independent probe of the output shows the kiosk profile at the source's size and frame rate
        var info = VideoProbe.Probe(prepared.Mp4File);
        Assert.That((info.VideoCodec, info.VideoProfile, info.PixelFormat, info.AudioCodec),
            Is.EqualTo(("h264", "High", "yuv420p", "aac")));
        Assert.That((info.Width, info.Height, info.MoovAtFront), Is.EqualTo((640, 320, true)));
        Assert.That(info.FramesPerSecond, Is.EqualTo(30.0).Within(1e-9));
        Assert.That(prepared.Info, Is.EqualTo(info));
    }

    [Test]
    public void Prepare_transcodes_silent_hevc_in_matroska_to_a_silent_mp4()
    {
        // Given a silent HEVC clip in Matroska
        using var output = new TempDirectory();

        // When it is prepared
        var info = VideoPreparer.Prepare(TestClips.Hevc, output.Path).Info;

        // Then it is H.264 High with no sound track and its index first
        Assert.That((info.VideoCodec, info.VideoProfile, info.AudioCodec, info.MoovAtFront),
            Is.EqualTo(("h264", "High", (string?)null, true)));
    }

    [Test]
    public void Prepare_scales_an_oversize_clip_down_to_the_kiosk_frame_keeping_two_to_one()
    {
        // Given a 4096×2048 clip, larger than 3840×1920
        using var output = new TempDirectory();

        // When it is prepared
        var prepared = VideoPreparer.Prepare(TestClips.Oversize, output.Path);

        // Then it fits exactly in 3840×1920 and the poster is capped at 2048 wide, both still 2:1
        var info = VideoProbe.Probe(prepared.Mp4File);
        Assert.That((info.Width, info.Height), Is.EqualTo((3840, 1920)));
        Assert.That(ImageSize(prepared.PosterFile), Is.EqualTo((2048, 1024)));
    }
}
