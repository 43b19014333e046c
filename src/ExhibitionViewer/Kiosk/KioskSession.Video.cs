namespace ExhibitionViewer.KioskMode;

/// <summary>A visitor watching a video is not idle.</summary>
internal sealed partial class KioskSession
{
    /// <summary>Restarts the idle timer: a video is playing, so someone is watching even without touching.</summary>
    public void NoteWatching() => IdleSeconds = 0;
}
