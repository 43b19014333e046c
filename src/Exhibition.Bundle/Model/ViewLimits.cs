namespace Exhibition.Bundle.Model;

/// <summary>How far a visitor may turn and zoom, in degrees. Yaw limits of -180..180 mean no yaw limit.</summary>
public sealed record ViewLimits(double MinYaw, double MaxYaw, double MinPitch, double MaxPitch, double MinHfov, double MaxHfov)
{
    /// <summary>No limits beyond the poles and a sensible zoom range.</summary>
    public static ViewLimits Full { get; } = new(-180, 180, -90, 90, 30, 120);
}
