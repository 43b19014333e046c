using ExhibitionViewer.Tests.Video.Support;
using ExhibitionViewer.Video;

namespace ExhibitionViewer.Tests.Video;

[NonParallelizable]
public sealed class VideoDecoderTests
{
    private TestClip clip = null!;

    [OneTimeSetUp]
    public void MakeClip() => clip = new TestClip();

    [OneTimeTearDown]
    public void RemoveClip() => clip.Dispose();

    [Test]
    public void Probing_through_the_bundle_byte_range_reads_the_stream_and_its_colour_tags()
    {
        // Given the clip stored inside a bundle at a non-zero offset
        Assert.That(clip.Source.Range!.Value.Offset, Is.GreaterThan(12345));

        // When it is probed through ffmpeg's subfile protocol
        var info = VideoProbe.Probe(clip.Tools, clip.Source);

        // Then size, rate, length, colour matrix and range and the sound track are the clip's
        Assert.That((info.Width, info.Height), Is.EqualTo((TestClip.Width, TestClip.Height)));
        Assert.That(info.FramesPerSecond, Is.EqualTo(30).Within(1e-9));
        Assert.That(info.DurationSeconds, Is.EqualTo(TestClip.Seconds).Within(0.05));
        Assert.That(info.Matrix, Is.EqualTo(ColourMatrix.Bt709), "tagged BT.709 although SD-sized, so the tag must have been read");
        Assert.That(info.Range, Is.EqualTo(ColourRange.Limited));
        Assert.That(info.HasAudio, Is.True);
    }

    [Test]
    public void Every_frame_is_decoded_in_order_with_its_time()
    {
        // Given a decoder from the start
        var info = VideoProbe.Probe(clip.Tools, clip.Source);
        using var decoder = new VideoDecoder(clip.Tools, clip.Source, info, 0);

        // When every frame is taken
        var counters = new List<int>();
        var times = new List<double>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!decoder.IsFinished && DateTime.UtcNow < deadline)
        {
            if (decoder.TryTake(out var frame))
            {
                counters.Add(TestClip.CounterOf(frame));
                times.Add(frame.Pts);
                decoder.Recycle(frame);
            }
            else
            {
                Thread.Sleep(1);
            }
        }

        // Then there are 90 frames, numbered 0..89, each at number / 30 s
        Assert.That(counters, Is.EqualTo(Enumerable.Range(0, 90)));
        Assert.That(times.Select((t, i) => Math.Abs(t - i / 30.0)).Max(), Is.LessThan(1e-9));
        Assert.That(decoder.Error, Is.Null);
    }

    [Test]
    public void A_decoder_started_at_two_seconds_first_gives_frame_sixty()
    {
        // Given a decoder started at 2.0 s
        var info = VideoProbe.Probe(clip.Tools, clip.Source);
        using var decoder = new VideoDecoder(clip.Tools, clip.Source, info, 2.0);

        // When the first frame arrives
        VideoFrame? first = null;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (first is null && DateTime.UtcNow < deadline && !decoder.IsFinished)
        {
            if (!decoder.TryTake(out first!))
            {
                first = null;
                Thread.Sleep(1);
            }
        }

        // Then it is frame 60 (±1) and its time is 2.0 s
        Assert.That(first, Is.Not.Null);
        Assert.That(TestClip.CounterOf(first!), Is.InRange(59, 61));
        Assert.That(first!.Pts, Is.EqualTo(2.0).Within(1e-9));
    }

    [Test]
    public void The_decoder_keeps_no_more_than_its_bounded_queue_ahead()
    {
        // Given a decoder whose frames are not taken
        var info = VideoProbe.Probe(clip.Tools, clip.Source);
        using var decoder = new VideoDecoder(clip.Tools, clip.Source, info, 0, capacity: 4);

        // When it has had time to read far ahead
        Thread.Sleep(1500);

        // Then it holds at most its capacity, and ffmpeg was held back by the pipe rather than racing to the end
        Assert.That(decoder.Queued, Is.EqualTo(4));
        Assert.That(decoder.FramesDecoded, Is.EqualTo(4));
        Assert.That(decoder.IsFinished, Is.False);
    }

    [Test]
    public void A_missing_ffmpeg_is_reported_with_the_package_to_install()
    {
        // Given a search path with no ffmpeg in it
        using var empty = new Tests.Support.TempDirectory();

        // When the tools are looked for
        var error = Assert.Throws<FfmpegMissingException>(() => FfmpegTools.Locate(empty.Path));

        // Then the message names the program and the Debian package
        Assert.That(error!.Tool, Is.EqualTo("ffmpeg"));
        Assert.That(error.Message, Does.Contain("Debian package 'ffmpeg'"));
        Assert.That(error.Message, Does.Contain("apt-get install ffmpeg"));
    }

    [Test]
    public void An_unreadable_video_fails_with_a_reason_instead_of_hanging()
    {
        // Given a byte range that is not a video (the padding entry)
        var source = new VideoSource(clip.BundlePath, clip.Bundle.GetRange("a-padding.bin"));

        // When it is probed
        var error = Assert.Throws<InvalidDataException>(() => VideoProbe.Probe(clip.Tools, source));

        // Then the error names the source
        Assert.That(error!.Message, Does.Contain(clip.BundlePath));
    }
}
