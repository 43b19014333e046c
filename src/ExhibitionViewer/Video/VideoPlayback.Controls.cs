namespace ExhibitionViewer.Video;

/// <summary>Play, pause, seek, mute and volume.</summary>
public sealed partial class VideoPlayback
{
    /// <summary>Plays (from the start again when it had ended).</summary>
    public void Play()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        wantPlaying = true;
        switch (State)
        {
            case VideoPlaybackState.Paused:
                State = VideoPlaybackState.Playing;
                clock?.Run(true);
                break;
            case VideoPlaybackState.Ended:
                StartSession(0);
                break;
        }
    }

    /// <summary>Pauses on the current frame.</summary>
    public void Pause()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        wantPlaying = false;
        if (State == VideoPlaybackState.Playing)
        {
            clock?.Run(false);
            State = VideoPlaybackState.Paused;
        }
    }

    /// <summary>Pauses when playing, plays otherwise (tap or Space).</summary>
    public void TogglePlayPause()
    {
        if (IsPlaying)
        {
            Pause();
        }
        else
        {
            Play();
        }
    }

    /// <summary>Goes to <paramref name="seconds"/> (clamped to the video), keeping playing or paused.</summary>
    public void Seek(double seconds)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (double.IsNaN(seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), "not a time");
        }

        StartSession(Math.Clamp(seconds, 0, MaxStart));
    }

    /// <summary>Turns the sound off or on.</summary>
    public void SetMuted(bool muted)
    {
        IsMuted = muted;
        gain = muted ? 0 : volume;
    }

    /// <summary>Sets the volume, 0..1.</summary>
    public void SetVolume(float value)
    {
        volume = Math.Clamp(value, 0, 1);
        gain = IsMuted ? 0 : volume;
    }
}
