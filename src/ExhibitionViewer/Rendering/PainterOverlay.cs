using ExhibitionViewer.Overlay;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Viewing;
using Serilog;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// The real overlay: SkiaSharp's painter drawn through its GL layer. If the painter or its layer fails (or is not
/// built yet), the failure is logged once and the viewer carries on with the geometric <see cref="MarkerHitTest"/>,
/// so hotspots can still be tapped and nothing crashes.
/// </summary>
public sealed class PainterOverlay : IOverlay
{
    private readonly OverlayPainter painter = new();
    private readonly MarkerHitTest fallback = new();
    private readonly ILogger log = Log.ForContext<PainterOverlay>();
    private OverlayLayer? layer;
    private bool painterBroken;

    /// <summary>Creates the overlay's GL objects on the current context.</summary>
    public PainterOverlay(GL gl)
    {
        ArgumentNullException.ThrowIfNull(gl);
        try
        {
            layer = new OverlayLayer(gl, painter);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Warning(e, "The overlay layer is unavailable; hotspots work but are not drawn");
        }
    }

    /// <inheritdoc />
    public OverlayHit HitTest(OverlayScene scene, ScreenPoint point, int width, int height)
    {
        if (!painterBroken)
        {
            try
            {
                return painter.HitTest(scene, point, width, height);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                painterBroken = true;
                log.Warning(e, "The overlay painter cannot hit-test; using marker distances instead");
            }
        }

        return fallback.HitTest(scene, point, width, height);
    }

    /// <inheritdoc />
    public float MaxScroll(OverlayScene scene, int width, int height)
    {
        try
        {
            return painterBroken ? 0 : painter.MaxScroll(scene, width, height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Warning(e, "The overlay painter cannot measure the panel");
            return 0;
        }
    }

    /// <inheritdoc />
    public void Draw(OverlayScene scene, int width, int height)
    {
        try
        {
            layer?.Draw(scene, width, height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Warning(e, "The overlay cannot be drawn; carrying on without it");
            layer?.Dispose();
            layer = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        layer?.Dispose();
        painter.Dispose();
    }
}
