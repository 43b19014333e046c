namespace ExhibitionViewer.Video;

/// <summary>What a point on the video controls hits.</summary>
public enum VideoControlTarget
{
    /// <summary>Nothing: the point belongs to the scene (drag to look around, tap to play or pause).</summary>
    None,

    /// <summary>The play/pause button.</summary>
    PlayPause,

    /// <summary>The seek bar; the hit's fraction is the time as a fraction of the length.</summary>
    SeekBar,

    /// <summary>The mute button.</summary>
    Mute,

    /// <summary>The volume slider; the hit's fraction is the volume.</summary>
    Volume,

    /// <summary>The way back to the tour: the bar's back arrow, or the button under a message.</summary>
    Back,

    /// <summary>The captions on/off button.</summary>
    Captions,
}
