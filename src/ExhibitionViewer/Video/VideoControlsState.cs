namespace ExhibitionViewer.Video;

/// <summary>What the video controls show.</summary>
/// <param name="Playing">Playing (the button offers pause) or not (it offers play).</param>
/// <param name="Position">Current time in seconds.</param>
/// <param name="Duration">Length in seconds.</param>
/// <param name="Muted">Sound off.</param>
/// <param name="Volume">Volume 0..1.</param>
/// <param name="Caption">The caption to show, or null.</param>
/// <param name="ShowBar">Whether the control bar shows (captions show either way).</param>
/// <param name="Message">A calm message in place of the video (it could not be played), with a way back; or null.</param>
/// <param name="BackLabel">The label of the way back under <paramref name="Message"/>.</param>
/// <param name="CaptionsOn">Whether captions are on, for the captions button; null when the video has none (no button).</param>
public sealed record VideoControlsState(
    bool Playing, double Position, double Duration, bool Muted, float Volume, string? Caption,
    bool ShowBar = true, string? Message = null, string BackLabel = "Back to the tour", bool? CaptionsOn = null)
{
    /// <summary>The state of a playback right now.</summary>
    public static VideoControlsState Of(VideoPlayback playback, string language, bool showBar = true)
    {
        ArgumentNullException.ThrowIfNull(playback);
        var failed = playback.State == VideoPlaybackState.Failed;
        return new VideoControlsState(playback.IsPlaying, playback.Position, double.IsInfinity(playback.Duration) ? 0 : playback.Duration,
            playback.IsMuted, playback.Volume, failed ? null : playback.CaptionText(language), showBar && !failed,
            failed ? "This video can't be played just now." : null);
    }
}
