namespace ExhibitionViewer.App;

/// <summary>
/// Percentiles of a stream of durations, in fixed memory: a kiosk draws frames all day, and a list of every frame time
/// grew by about 40 MB a day. Durations are counted in logarithmic buckets 0.1% wide, so a percentile is within 0.1%
/// of the exact one; the maximum is exact.
/// </summary>
public sealed class DurationDistribution
{
    // 0.001 ms * 1.001^21000 is about 22 minutes; anything shorter than the first bucket counts in it, longer in the last.
    private const double SmallestMs = 0.001;
    private const int BucketCount = 21_000;
    private static readonly double LogRatio = Math.Log(1.001);
    private readonly int[] counts = new int[BucketCount];

    /// <summary>Durations recorded.</summary>
    public long Count { get; private set; }

    /// <summary>The longest duration recorded, in milliseconds (0 when empty).</summary>
    public double MaxMs { get; private set; }

    /// <summary>Records a duration of <paramref name="ms"/> milliseconds.</summary>
    public void Add(double ms)
    {
        counts[Bucket(ms)]++;
        Count++;
        MaxMs = Math.Max(MaxMs, ms);
    }

    /// <summary>Adds everything <paramref name="other"/> recorded.</summary>
    public void Add(DurationDistribution other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < BucketCount; i++)
        {
            counts[i] += other.counts[i];
        }

        Count += other.Count;
        MaxMs = Math.Max(MaxMs, other.MaxMs);
    }

    /// <summary>
    /// The nearest-rank <paramref name="p"/> percentile (0 &lt; p ≤ 1) in milliseconds: the middle of its bucket, never
    /// above the maximum; 0 when empty.
    /// </summary>
    public double Percentile(double p)
    {
        var rank = Math.Max(1, (long)Math.Ceiling(p * Count));
        long seen = 0;
        for (var i = 0; i < BucketCount && Count > 0; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return Math.Min(MaxMs, SmallestMs * Math.Exp((i + 0.5) * LogRatio));
            }
        }

        return 0;
    }

    /// <summary>Forgets everything recorded.</summary>
    public void Clear()
    {
        Array.Clear(counts);
        Count = 0;
        MaxMs = 0;
    }

    private static int Bucket(double ms) =>
        ms <= SmallestMs ? 0 : (int)Math.Min(BucketCount - 1, Math.Log(ms / SmallestMs) / LogRatio);
}
