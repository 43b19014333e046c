using Serilog;

namespace ExhibitionViewer.App;

/// <summary>Collects frame times and logs the median and 95th percentile every 600 frames.</summary>
internal sealed class FrameStats
{
    private const int Window = 600;
    private readonly List<double> times = new(Window);

    /// <summary>Records one frame's CPU time (drawing and swap).</summary>
    public void Add(TimeSpan frame)
    {
        times.Add(frame.TotalMilliseconds);
        if (times.Count == Window)
        {
            times.Sort();
            Log.Debug("Frame time median {Median:F1} ms, 95th percentile {P95:F1} ms over {Count} frames",
                times[Window / 2], times[Window * 95 / 100], times.Count);
            times.Clear();
        }
    }
}
