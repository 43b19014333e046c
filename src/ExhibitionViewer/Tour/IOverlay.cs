using ExhibitionViewer.Overlay;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Touring;

/// <summary>
/// What the tour needs of the 2D overlay: drawing it and asking what a point hits. The GL implementation wraps the
/// SkiaSharp painter; tour logic is tested with the geometric <see cref="MarkerHitTest"/>.
/// </summary>
public interface IOverlay : IDisposable
{
    /// <summary>What <paramref name="point"/> hits when <paramref name="scene"/> is drawn at that size.</summary>
    OverlayHit HitTest(OverlayScene scene, ScreenPoint point, int width, int height);

    /// <summary>How far the open panel's body can scroll, in pixels.</summary>
    float MaxScroll(OverlayScene scene, int width, int height);

    /// <summary>Draws the overlay over the current frame (a no-op where nothing is drawn).</summary>
    void Draw(OverlayScene scene, int width, int height);
}
