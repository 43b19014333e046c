using SkiaSharp;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// Draws the overlay with SkiaSharp (hotspot markers and labels, case-study and link panels, language switch,
/// messages) and answers what a screen point hits. No GL: it paints onto any canvas, so it is tested on bitmaps.
/// </summary>
public sealed class OverlayPainter : IDisposable
{
    /// <summary>Paints <paramref name="scene"/> onto a transparent canvas of the given size in pixels.</summary>
    public void Paint(SKCanvas canvas, OverlayScene scene, int width, int height) => throw new NotImplementedException();

    /// <summary>What <paramref name="point"/> hits when <paramref name="scene"/> is drawn at that size.</summary>
    public OverlayHit HitTest(OverlayScene scene, ScreenPoint point, int width, int height) => throw new NotImplementedException();

    /// <summary>How far the open panel's body can scroll, in pixels, at that size (0 when it fits).</summary>
    public float MaxScroll(OverlayScene scene, int width, int height) => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose() { }
}
