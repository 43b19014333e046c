namespace ExhibitionViewer.Video;

/// <summary>Media time from a stopwatch, for silent videos and machines without a sound device.</summary>
internal sealed class WallClock(double startSeconds) : IPlaybackClock
{
    private readonly PausableTimer timer = new();

    public double Now => startSeconds + timer.Seconds;

    public bool IsAudio => false;

    public bool IsReady => true;

    public void Run(bool running) => timer.Run(running);

    public void Dispose() => timer.Run(false);
}
