namespace ExhibitionViewer.Viewing;

/// <summary>Conversions between Pannellum yaw/pitch (degrees) and viewer-space directions.</summary>
public static class Angles
{
    /// <summary>Degrees to radians.</summary>
    public static double ToRadians(double degrees) => degrees * (Math.PI / 180);

    /// <summary>Radians to degrees.</summary>
    public static double ToDegrees(double radians) => radians * (180 / Math.PI);

    /// <summary>Wraps a yaw into [-180, 180).</summary>
    public static double WrapYaw(double yaw)
    {
        var wrapped = (yaw + 180) % 360;
        return (wrapped < 0 ? wrapped + 360 : wrapped) - 180;
    }

    /// <summary>The unit direction looking at (yaw, pitch).</summary>
    public static Vec3 Direction(double yaw, double pitch)
    {
        var (sy, cy) = Math.SinCos(ToRadians(yaw));
        var (sp, cp) = Math.SinCos(ToRadians(pitch));
        return new Vec3(cp * sy, sp, cp * cy);
    }

    /// <summary>The (yaw, pitch) a direction looks at; the direction need not be unit length.</summary>
    public static (double Yaw, double Pitch) FromDirection(Vec3 direction)
    {
        var horizontal = Math.Sqrt(direction.X * direction.X + direction.Z * direction.Z);
        return (ToDegrees(Math.Atan2(direction.X, direction.Z)), ToDegrees(Math.Atan2(direction.Y, horizontal)));
    }
}
