using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Video;

/// <summary>What the control bar, the captions and the message show.</summary>
internal sealed partial class TourVideo
{
    private float volume = 1;
    private bool muted;
    private double? seekFraction;

    /// <summary>What the controls show now, or null when the current scene is not a video scene.</summary>
    public VideoControlsState? ControlsState()
    {
        if (player.Scene.Video is not { } media)
        {
            return null;
        }

        if (failure is not null)
        {
            return new VideoControlsState(false, 0, 0, muted, volume, null, ShowBar: false,
                Message: InterfaceText.Get(player.Tour, player.Language, "video.unavailable"),
                BackLabel: InterfaceText.Get(player.Tour, player.Language, "video.back"));
        }

        bool? captions = media.Captions.Count > 0 ? CaptionsOn : null;
        if (playback is null)
        {
            return new VideoControlsState(true, 0, media.DurationSeconds, muted, volume, null, CaptionsOn: captions);
        }

        var showBar = !playback.IsPlaying || sinceInput < ControlsSeconds || seekFraction is not null;
        var state = VideoControlsState.Of(playback, player.Language, showBar);
        return state with
        {
            Position = seekFraction is { } f ? f * state.Duration : state.Position,
            Caption = CaptionsOn ? state.Caption : null,
            CaptionsOn = captions,
        };
    }
}
