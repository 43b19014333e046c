namespace ExhibitionViewer.Video;

/// <summary>Where playback is.</summary>
public enum VideoPlaybackState
{
    /// <summary>Decoders are starting (after opening, a seek or a loop); the poster or the last frame shows.</summary>
    Starting,

    /// <summary>Frames follow the clock.</summary>
    Playing,

    /// <summary>The clock is stopped; the current frame stays.</summary>
    Paused,

    /// <summary>The video reached its end and does not loop; the last frame stays.</summary>
    Ended,

    /// <summary>The video could not be decoded; see <see cref="VideoPlayback.Error"/>.</summary>
    Failed,
}
