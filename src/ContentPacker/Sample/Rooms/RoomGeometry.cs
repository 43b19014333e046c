namespace ContentPacker.Sample.Rooms;

/// <summary>
/// The box every sample room shares: the camera at the origin, x to the right of yaw 0, y up, z towards yaw 0.
/// A wall is addressed in metres as seen from inside: u from its left edge, v down from the ceiling.
/// </summary>
internal static class RoomGeometry
{
    /// <summary>Half the room's width and depth, metres.</summary>
    public const double HalfSize = 5;

    /// <summary>The wall's width, metres.</summary>
    public const double WallWidth = 2 * HalfSize;

    /// <summary>Ceiling height above the eye, metres.</summary>
    public const double CeilingAbove = 2.4;

    /// <summary>Floor depth below the eye, metres.</summary>
    public const double FloorBelow = 1.6;

    /// <summary>Wall height, metres.</summary>
    public const double WallHeight = CeilingAbove + FloorBelow;

    /// <summary>Texture resolution of the walls, fine enough for caption text.</summary>
    public const int PixelsPerMetre = 300;

    /// <summary>Texture resolution of floor and ceiling, which carry no small text.</summary>
    public const int FlatPixelsPerMetre = 160;

    /// <summary>The 3D point of a wall position.</summary>
    public static (double X, double Y, double Z) PointOn(Wall wall, double u, double v)
    {
        double y = CeilingAbove - v;
        double s = u - HalfSize;
        return wall switch
        {
            Wall.Front => (s, y, HalfSize),
            Wall.Right => (HalfSize, y, -s),
            Wall.Back => (-s, y, -HalfSize),
            _ => (-HalfSize, y, s),
        };
    }

    /// <summary>The view direction of a wall position, in Pannellum's degrees.</summary>
    public static (double Yaw, double Pitch) AnglesOf(Wall wall, double u, double v)
    {
        var (x, y, z) = PointOn(wall, u, v);
        double yaw = Math.Atan2(x, z) * 180 / Math.PI;
        double pitch = Math.Atan2(y, Math.Sqrt((x * x) + (z * z))) * 180 / Math.PI;
        return (yaw, pitch);
    }
}
