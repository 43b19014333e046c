using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Video;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.App;

/// <summary>
/// Whether a video scene's frame needs drawing: a new picture, a view that moved, a fade, or an overlay, controls or
/// kiosk screen that changed; and at least twice a second regardless. Anything else would repeat the last frame at
/// the cost of a full-screen shader pass on a software rasteriser, time the video decoder needs.
/// </summary>
internal sealed class RedrawCheck
{
    private static readonly TimeSpan MaxInterval = TimeSpan.FromSeconds(0.5);
    private ViewProjection? projection;
    private OverlayScene? overlay;
    private VideoControlsState? controls;
    private string? kioskScreen;
    private TimeSpan drawnAt = TimeSpan.MinValue;

    /// <summary>Whether to draw now (and if so, remembers what is about to be drawn).</summary>
    public bool IsNeeded(TourPlayer player, OverlayScene scene, VideoControlsState? controlsNow, KioskFrame? kiosk, bool pictureChanged, TimeSpan now)
    {
        // The controls repaint at quarter seconds of the clock; finer changes would not show.
        var shownControls = controlsNow is null ? null : controlsNow with { Position = Math.Floor(controlsNow.Position * 4) / 4 };
        var screen = kiosk is null ? null : KioskSignature.Of(kiosk.Session);
        var needed = pictureChanged || player.Transition is not null || now - drawnAt >= MaxInterval
            || projection != player.Camera.Projection || !OverlaySceneComparer.SameContent(overlay, scene)
            || shownControls != controls || screen != kioskScreen;
        if (needed)
        {
            (projection, overlay, controls, kioskScreen, drawnAt) = (player.Camera.Projection, scene, shownControls, screen, now);
        }

        return needed;
    }
}
