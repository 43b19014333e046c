using ContentPacker.Media;
using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media;

public sealed class VideoProbeTests
{
    [Test]
    public void Probe_reads_size_duration_rate_codecs_and_index_position()
    {
        // Given a 2 s 640×320 30 fps H.264 High clip with AAC sound and the index first
        string clip = TestClips.Compliant;

        // When it is probed
        var info = VideoProbe.Probe(clip);

        // Then every field matches how it was made (duration within one audio frame, as AAC pads its last frame)
        Assert.That(info.Width, Is.EqualTo(640));
        Assert.That(info.Height, Is.EqualTo(320));
        Assert.That(info.DurationSeconds, Is.EqualTo(2.0).Within(0.05));
        Assert.That(info.FramesPerSecond, Is.EqualTo(30.0).Within(1e-9));
        Assert.That(info.VideoCodec, Is.EqualTo("h264"));
        Assert.That(info.VideoProfile, Is.EqualTo("High"));
        Assert.That(info.PixelFormat, Is.EqualTo("yuv420p"));
        Assert.That(info.AudioCodec, Is.EqualTo("aac"));
        Assert.That(info.MoovAtFront, Is.True);
    }

    [Test]
    public void Probe_sees_an_index_after_the_media_data()
    {
        // Given an MP4 written without faststart
        // When it is probed
        var info = VideoProbe.Probe(TestClips.IndexLast);

        // Then its index is reported as not at the front
        Assert.That(info.MoovAtFront, Is.False);
    }

    [Test]
    public void Probe_reports_no_audio_and_no_front_index_for_silent_matroska()
    {
        // Given a silent HEVC clip in Matroska
        // When it is probed
        var info = VideoProbe.Probe(TestClips.Hevc);

        // Then it has no audio codec, and a non-MP4 never counts as index-first
        Assert.That(info.VideoCodec, Is.EqualTo("hevc"));
        Assert.That(info.AudioCodec, Is.Null);
        Assert.That(info.MoovAtFront, Is.False);
    }

    [Test]
    public void Probe_rejects_random_bytes_naming_the_file_and_the_fix()
    {
        // Given random bytes named .mp4
        using var folder = new TempDirectory();
        string file = BadFiles.RandomBytes(folder);

        // When it is probed, then the error names the file, quotes ffprobe and says to re-export
        var error = Assert.Throws<MediaException>(() => VideoProbe.Probe(file))!;
        Assert.That(error.Message, Does.Contain(file).And.Contain("not a video ffprobe can read"));
        Assert.That(error.Message, Does.Match(@"ffprobe can read: \w").And.Contain("Re-export it as MP4 (H.264)"));
        Assert.That(error.Message, Does.Not.Contain("@ 0x"), "ffmpeg's internal context prefix is noise to an author");
    }

    [TestCase(0.6, TestName = "Probe_rejects_a_truncated_mp4_whose_index_was_at_the_end")]
    [TestCase(0.9, TestName = "Probe_rejects_a_truncated_mp4_whose_index_was_at_the_front")]
    public void Probe_rejects_a_truncated_mp4(double fraction)
    {
        // Given a clip cut short, as an interrupted copy leaves it
        using var folder = new TempDirectory();
        string clip = fraction < 0.75 ? TestClips.IndexLast : TestClips.Compliant;
        string file = BadFiles.Truncated(folder, clip, fraction);

        // When it is probed, then the error names the file and says it is cut short
        var error = Assert.Throws<MediaException>(() => VideoProbe.Probe(file))!;
        Assert.That(error.Message, Does.Contain(file).And.Contain("cut short"));
    }

    [Test]
    public void Probe_says_to_install_ffmpeg_when_ffprobe_is_missing()
    {
        // Given an ffprobe executable that does not exist
        // When a clip is probed with it, then the error names the clip and the Debian package to install
        var error = Assert.Throws<MediaException>(
            () => VideoProbe.ProbeCore(TestClips.Compliant, "ffprobe-that-is-not-installed"))!;
        Assert.That(error.Message, Does.Contain(TestClips.Compliant).And.Contain("Install the Debian package ffmpeg"));
    }

    [Test]
    public void Probe_rejects_a_missing_file_naming_it()
    {
        // Given a path where there is no file
        using var folder = new TempDirectory();
        string file = folder.File("absent.mp4");

        // When it is probed, then the error names it
        var error = Assert.Throws<MediaException>(() => VideoProbe.Probe(file))!;
        Assert.That(error.Message, Does.Contain(file).And.Contain("does not exist"));
    }
}
