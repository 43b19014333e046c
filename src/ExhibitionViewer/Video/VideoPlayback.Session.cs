namespace ExhibitionViewer.Video;

/// <summary>A decoding session: one video decoder and one clock (with its audio decoder), from a start time.</summary>
public sealed partial class VideoPlayback
{
    private void StartSession(double seconds)
    {
        StopSession();
        startSeconds = seconds;
        startingSince = DateTime.UtcNow;
        Error = null;
        State = VideoPlaybackState.Starting;
        try
        {
            decoder = new VideoDecoder(tools, source, Info, seconds, pool: pool);
            clock = options.Audio is { } audio && Info.HasAudio
                ? new AudioClock(new AudioDecoder(tools, source, seconds, audio, () => gain), audio.DeviceLatencySeconds)
                : new WallClock(seconds);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Fail($"ffmpeg could not be started: {e.Message}");
        }
    }

    /// <summary>
    /// The picture has fallen behind the sound (the machine cannot decode fast enough): restart only the video
    /// decoder a little ahead of the clock, counting the frames skipped as dropped, so the picture stays with the
    /// sound (jerkier) instead of drifting further behind.
    /// </summary>
    private void CatchUp(VideoFrame shown, double now)
    {
        var resume = now + CatchUpLeadSeconds;
        var skipped = (long)Math.Max(0, Math.Round((resume - shown.Pts) * Info.FramesPerSecond) - 1);
        for (var i = 0; i < skipped; i++)
        {
            Stats.AddDropped();
        }

        lastCatchUp = DateTime.UtcNow;
        CatchUps++;
        decoder?.Dispose();
        decoder = new VideoDecoder(tools, source, Info, resume, pool: pool);
    }

    private void StopSession()
    {
        clock?.Dispose();
        clock = null;
        decoder?.Dispose();
        decoder = null;
    }
}
