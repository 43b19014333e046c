using ExhibitionViewer.Overlay;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Touring;

/// <summary>
/// A purely geometric overlay that draws nothing: a hotspot is hit within <see cref="MarkerRadius"/> pixels of its
/// marker, and an open panel fills the middle <see cref="PanelFraction"/> of the screen with a close button at its
/// top-right corner. Used by tests and whenever the real painter is unavailable.
/// </summary>
public sealed class MarkerHitTest : IOverlay
{
    /// <summary>Pixels around a marker's centre that count as the marker.</summary>
    public const double MarkerRadius = 28;

    /// <summary>The fraction of each screen dimension a panel covers.</summary>
    public const double PanelFraction = 0.7;

    /// <inheritdoc />
    public OverlayHit HitTest(OverlayScene scene, ScreenPoint point, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(scene);
        if (scene.Panel is not null || scene.Link is not null)
        {
            return PanelHit(point, width, height);
        }

        var best = scene.Hotspots
            .Where(h => h.Position is not null)
            .Select(h => (h.Id, Distance: h.Position!.Value.DistanceTo(point)))
            .Where(h => h.Distance <= MarkerRadius)
            .OrderBy(h => h.Distance)
            .FirstOrDefault();
        return best.Id is null ? OverlayHit.None : new OverlayHit(OverlayHitKind.Hotspot, best.Id);
    }

    /// <inheritdoc />
    public float MaxScroll(OverlayScene scene, int width, int height) => 0;

    /// <inheritdoc />
    public void Draw(OverlayScene scene, int width, int height) { }

    /// <inheritdoc />
    public void Dispose() { }

    private static OverlayHit PanelHit(ScreenPoint point, int width, int height)
    {
        double x0 = width * (1 - PanelFraction) / 2, y0 = height * (1 - PanelFraction) / 2;
        double x1 = width - x0, y1 = height - y0;
        if (new ScreenPoint(x1 - 24, y0 + 24).DistanceTo(point) <= 24)
        {
            return new OverlayHit(OverlayHitKind.PanelClose);
        }

        var inside = point.X >= x0 && point.X <= x1 && point.Y >= y0 && point.Y <= y1;
        return new OverlayHit(inside ? OverlayHitKind.PanelInside : OverlayHitKind.PanelOutside);
    }
}
