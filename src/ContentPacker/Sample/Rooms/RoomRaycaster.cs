namespace ContentPacker.Sample.Rooms;

/// <summary>Finds which surface of the box room a view ray meets and shades it there.</summary>
internal sealed class RoomRaycaster(RoomTextures textures)
{
    private const double H = RoomGeometry.HalfSize;
    private const double Ppm = RoomGeometry.PixelsPerMetre;
    private const double FlatPpm = RoomGeometry.FlatPixelsPerMetre;

    /// <summary>The colour seen along a direction (x right, y up, z towards yaw 0; need not be unit length).</summary>
    public Rgb Shade(double dx, double dy, double dz)
    {
        double tx = dx == 0 ? double.MaxValue : H / Math.Abs(dx);
        double tz = dz == 0 ? double.MaxValue : H / Math.Abs(dz);
        double ty = dy > 0 ? RoomGeometry.CeilingAbove / dy : dy < 0 ? RoomGeometry.FloorBelow / -dy : double.MaxValue;
        double t = Math.Min(ty, Math.Min(tx, tz));
        double x = dx * t, y = dy * t, z = dz * t;
        if (t == ty)
        {
            return dy > 0 ? ShadeCeiling(x, z) : ShadeFloor(x, z);
        }

        var (wall, u) = t == tz
            ? dz > 0 ? (Wall.Front, x + H) : (Wall.Back, H - x)
            : dx > 0 ? (Wall.Right, H - z) : (Wall.Left, z + H);
        return ShadeWall(wall, u, RoomGeometry.CeilingAbove - y);
    }

    private Rgb ShadeWall(Wall wall, double u, double v)
    {
        var colour = textures.Walls[(int)wall].Sample(u * Ppm, v * Ppm);
        double edge = Math.Min(Math.Min(u, RoomGeometry.WallWidth - u), Math.Min(v, RoomGeometry.WallHeight - v));
        double height = 0.93 + (0.07 * (1 - (v / RoomGeometry.WallHeight)));
        return colour.Scale((float)(Occlusion(edge) * height));
    }

    private Rgb ShadeFloor(double x, double z)
    {
        var colour = textures.Floor.Sample((x + H) * FlatPpm, (H - z) * FlatPpm);
        double edge = H - Math.Max(Math.Abs(x), Math.Abs(z));
        double pool = 1 + (0.1 * Math.Exp(-((x * x) + (z * z)) / 10));
        return colour.Scale((float)(Occlusion(edge) * pool * 0.97));
    }

    private Rgb ShadeCeiling(double x, double z)
    {
        var colour = textures.Ceiling.Sample((x + H) * FlatPpm, (z + H) * FlatPpm);
        double edge = H - Math.Max(Math.Abs(x), Math.Abs(z));
        return colour.Scale((float)Occlusion(edge));
    }

    // Darkens corners and edges a little, which is what makes a flat-painted box read as a room.
    private static double Occlusion(double distanceToEdge) => 1 - (0.3 * Math.Exp(-distanceToEdge / 0.5));
}
