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
            decoder = new VideoDecoder(tools, source, Info, seconds);
            clock = options.Audio is { } audio && Info.HasAudio
                ? new AudioClock(new AudioDecoder(tools, source, seconds, audio, () => gain), audio.DeviceLatencySeconds)
                : new WallClock(seconds);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Fail($"ffmpeg could not be started: {e.Message}");
        }
    }

    private void StopSession()
    {
        clock?.Dispose();
        clock = null;
        decoder?.Dispose();
        decoder = null;
    }
}
