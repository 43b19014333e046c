using ExhibitionViewer.Platform;

namespace ExhibitionViewer.Touring;

/// <summary>
/// What the tour's input needs of a video scene's controls: they see each event first (Space, the control bar, a
/// seek drag, the way back under a message), and a tap that hits neither them nor a hotspot plays or pauses.
/// </summary>
public interface IVideoControls
{
    /// <summary>Sees an event on a video scene before the view does; true when it was the controls' (the view must not see it).</summary>
    bool Handle(InputEvent e);

    /// <summary>A tap on the scene that hit no hotspot and no control.</summary>
    void TapScene();
}
