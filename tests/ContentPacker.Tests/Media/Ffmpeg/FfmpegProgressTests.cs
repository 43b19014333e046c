using ContentPacker.Media.Ffmpeg;
using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media.Ffmpeg;

public sealed class FfmpegProgressTests
{
    [Test]
    public void Progress_maps_output_time_into_its_band_and_never_falls()
    {
        // Given a 4 s input whose progress fills the band 0..0.5
        var sink = new RecordingProgress();
        var progress = new FfmpegProgress(4, sink, 0, 0.5);

        // When ffmpeg reports unknown, 1 s, 3 s, an earlier 2 s, a time past the end, and the end
        foreach (var line in (string[])["out_time_us=N/A", "out_time_us=1000000", "frame=30", "out_time_us=3000000",
                     "out_time_us=2000000", "out_time_us=9000000", "progress=end"])
        {
            progress.OnLine(line);
        }

        // Then the reports are 1/8, 3/8 and the top of the band, once each
        Assert.That(sink.Values, Is.EqualTo(new[] { 0.125, 0.375, 0.5 }));
    }
}
