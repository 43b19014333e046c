using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Viewing;

/// <summary>
/// Narrows a scene's limits to the part of the sphere a partial panorama covers (Pannellum's haov, vaov and vOffset),
/// so the view never shows what the source photograph did not capture.
/// </summary>
public static class ExtentLimits
{
    /// <summary>The intersection of <paramref name="limits"/> with <paramref name="extent"/> (the limits alone when null).</summary>
    public static ViewLimits Combine(ViewLimits limits, PanoramaExtent? extent)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return extent is { } e ? CombineCore(limits, e) : limits;
    }

    private static ViewLimits CombineCore(ViewLimits limits, PanoramaExtent extent)
    {
        var (minYaw, maxYaw) = (limits.MinYaw, limits.MaxYaw);
        if (extent.HorizontalAngle < 360)
        {
            // The extent is centred on yaw 0; a scene yaw range of a full turn means "no yaw limit".
            var half = extent.HorizontalAngle / 2;
            (minYaw, maxYaw) = maxYaw - minYaw >= 360 ? (-half, half) : (Math.Max(minYaw, -half), Math.Min(maxYaw, half));
        }

        var top = extent.VerticalOffset + extent.VerticalAngle / 2;
        var bottom = extent.VerticalOffset - extent.VerticalAngle / 2;
        var minPitch = Math.Max(limits.MinPitch, bottom);
        var maxPitch = Math.Min(limits.MaxPitch, top);
        if (minYaw >= maxYaw || minPitch >= maxPitch)
        {
            // Scene limits that miss the extent entirely: the extent wins, as nothing else can be shown.
            (minYaw, maxYaw) = extent.HorizontalAngle < 360 ? (-extent.HorizontalAngle / 2, extent.HorizontalAngle / 2) : (-180, 180);
            (minPitch, maxPitch) = (bottom, top);
        }

        return limits with { MinYaw = minYaw, MaxYaw = maxYaw, MinPitch = minPitch, MaxPitch = maxPitch };
    }
}
