using ExhibitionViewer.App;

namespace ExhibitionViewer.Video;

/// <summary>
/// What playback showed: frames shown and dropped, and the A/V offset of each frame shown (how far the media clock
/// had passed the frame's time when it went on screen), for the <c>--stats</c> line and the benchmark.
/// </summary>
public sealed class VideoStats
{
    private readonly DurationDistribution offsets = new();

    /// <summary>Frames put on screen.</summary>
    public long FramesShown { get; private set; }

    /// <summary>Frames decoded but skipped because a later one was already due.</summary>
    public long FramesDropped { get; private set; }

    /// <summary>Frames shown within one frame interval of their time.</summary>
    public long FramesOnTime { get; private set; }

    /// <summary>Median |A/V offset| in milliseconds (0 before any frame).</summary>
    public double OffsetP50Milliseconds => offsets.Percentile(0.50);

    /// <summary>99th percentile |A/V offset| in milliseconds.</summary>
    public double OffsetP99Milliseconds => offsets.Percentile(0.99);

    /// <summary>Records a frame shown <paramref name="offsetSeconds"/> after its time (negative: early).</summary>
    public void AddShown(double offsetSeconds, double frameSeconds)
    {
        FramesShown++;
        if (Math.Abs(offsetSeconds) <= frameSeconds)
        {
            FramesOnTime++;
        }

        offsets.Add(Math.Abs(offsetSeconds) * 1000);
    }

    /// <summary>Adds everything <paramref name="other"/> recorded (a video scene left), so a run's totals cover every video played.</summary>
    public void Add(VideoStats other)
    {
        ArgumentNullException.ThrowIfNull(other);
        FramesShown += other.FramesShown;
        FramesDropped += other.FramesDropped;
        FramesOnTime += other.FramesOnTime;
        offsets.Add(other.offsets);
    }

    /// <summary>Records a dropped frame.</summary>
    public void AddDropped() => FramesDropped++;

    /// <inheritdoc />
    public override string ToString() =>
        $"video frames shown {FramesShown}, dropped {FramesDropped}, A/V offset p50 {OffsetP50Milliseconds:F1} ms p99 {OffsetP99Milliseconds:F1} ms";
}
