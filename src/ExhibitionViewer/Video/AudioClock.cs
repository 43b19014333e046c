namespace ExhibitionViewer.Video;

/// <summary>
/// Media time from the sound device: the sound heard so far. The device takes sound in blocks (about 21 ms), so
/// between blocks the time is carried on by a timer, never further than one block. When the sound ends before the
/// picture, the timer carries on alone. Owns the audio decoder.
/// </summary>
internal sealed class AudioClock(AudioDecoder decoder, double blockSeconds) : IPlaybackClock
{
    private readonly PausableTimer timer = new();
    private double lastHeard = double.NaN;
    private double heardAt;
    private double drainedAt = double.NaN;
    private double drainedFrom;
    private double last = decoder.StartSeconds;

    public bool IsAudio => true;

    public bool IsReady => decoder.IsPrimed;

    public double Now
    {
        get
        {
            last = Math.Max(last, Compute());
            return last;
        }
    }

    public void Run(bool running)
    {
        timer.Run(running);
        decoder.SetOutputPaused(!running);
    }

    public void Dispose() => decoder.Dispose();

    private double Compute()
    {
        var now = timer.Seconds;
        if (decoder.IsDrained)
        {
            if (double.IsNaN(drainedAt))
            {
                drainedAt = now;
                drainedFrom = last;
            }

            return drainedFrom + (now - drainedAt);
        }

        var heard = decoder.HeardSeconds;
        if (heard != lastHeard)
        {
            lastHeard = heard;
            heardAt = now;
        }

        return lastHeard + Math.Min(now - heardAt, blockSeconds);
    }
}
