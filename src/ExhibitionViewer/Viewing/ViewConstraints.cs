using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Viewing;

/// <summary>
/// Applies a scene's <see cref="ViewLimits"/> as Pannellum does: hfov within its range, yaw wrapped into [-180, 180)
/// or, for a limited yaw range, kept so the view's edges stay inside it; pitch kept so the top and bottom of the view
/// never pass a pitch limit short of the poles.
/// </summary>
public static class ViewConstraints
{
    /// <summary>The widest horizontal field of view a perspective projection is allowed.</summary>
    public const double MaxPerspectiveHfov = 170;

    /// <summary>Clamps a view for a screen of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static ViewAngles Clamp(ViewAngles view, ViewLimits limits, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        return ClampCore(view, limits, (double)height / width);
    }

    private static ViewAngles ClampCore(ViewAngles view, ViewLimits limits, double aspect)
    {
        var yawRange = limits.MaxYaw - limits.MinYaw;
        var pitchRange = limits.MaxPitch - limits.MinPitch;
        var maxHfov = Math.Min(limits.MaxHfov, MaxPerspectiveHfov);
        if (yawRange < 360)
        {
            maxHfov = Math.Min(maxHfov, yawRange);
        }

        if (pitchRange < 180)
        {
            maxHfov = Math.Min(maxHfov, HfovForVfov(pitchRange, aspect));
        }

        var hfov = Math.Clamp(view.Hfov, Math.Min(limits.MinHfov, maxHfov), maxHfov);
        var vfov = VfovForHfov(hfov, aspect);
        return new ViewAngles(ClampYaw(view.Yaw, limits, hfov), ClampPitch(view.Pitch, limits, vfov), hfov);
    }

    private static double ClampYaw(double yaw, ViewLimits limits, double hfov)
    {
        if (double.IsNaN(yaw))
        {
            yaw = 0;
        }

        if (limits.MaxYaw - limits.MinYaw >= 360)
        {
            return Angles.WrapYaw(yaw);
        }

        return Math.Clamp(Angles.WrapYaw(yaw), limits.MinYaw + hfov / 2, limits.MaxYaw - hfov / 2);
    }

    private static double ClampPitch(double pitch, ViewLimits limits, double vfov)
    {
        var max = limits.MaxPitch < 90 ? limits.MaxPitch - vfov / 2 : 90;
        var min = limits.MinPitch > -90 ? limits.MinPitch + vfov / 2 : -90;
        return min > max ? (min + max) / 2 : Math.Clamp(double.IsNaN(pitch) ? 0 : pitch, min, max);
    }

    /// <summary>The vertical field of view that goes with a horizontal one at an aspect (height / width).</summary>
    public static double VfovForHfov(double hfov, double aspect) =>
        2 * Angles.ToDegrees(Math.Atan(Math.Tan(Angles.ToRadians(hfov) / 2) * aspect));

    private static double HfovForVfov(double vfov, double aspect) =>
        2 * Angles.ToDegrees(Math.Atan(Math.Tan(Angles.ToRadians(Math.Min(vfov, MaxPerspectiveHfov)) / 2) / aspect));
}
