namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>
/// A test equirect: a distinct colour per octant (four yaw quadrants × two hemispheres) with a gentle gradient, a dark
/// 30° lat/long grid, coloured pole caps beyond ±80°, and flat markers at known directions, one of them straddling
/// the ±180° seam and some straddling cube edges.
/// </summary>
internal static class SyntheticPanorama
{
    public static readonly (byte R, byte G, byte B) NorthCap = (255, 190, 200);
    public static readonly (byte R, byte G, byte B) SouthCap = (70, 35, 0);

    public static readonly Marker Front = new("front", 0, 0, (255, 255, 0));
    public static readonly Marker Right = new("right", 90, 0, (0, 255, 255));
    public static readonly Marker Back = new("back (on the seam)", 180, 0, (255, 0, 255));
    public static readonly Marker Left = new("left", -90, 0, (255, 128, 0));
    public static readonly Marker AboveFront = new("above front's top edge", 0, 47, (130, 0, 255), 3);
    public static readonly Marker BelowFront = new("below front's bottom edge", 0, -47, (0, 130, 60), 3);
    public static readonly Marker RightOfFront = new("across front's right edge", 47, 0, (0, 255, 0), 3);
    public static readonly Marker UpRight = new("high at yaw 90", 90, 60, (255, 255, 255));
    public static readonly Marker UpBack = new("high at yaw 180", 180, 60, (0, 70, 255));

    public static readonly Marker[] Markers = [Front, Right, Back, Left, AboveFront, BelowFront, RightOfFront, UpRight, UpBack];

    private static readonly (byte R, byte G, byte B)[] Octants =
    [
        (200, 60, 60), (60, 190, 60), (70, 70, 210), (200, 190, 60),
        (190, 60, 190), (60, 190, 190), (230, 140, 40), (130, 130, 130),
    ];

    public static RgbImage Create(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = Colour((((x + 0.5) / width) - 0.5) * 360, (0.5 - ((y + 0.5) / height)) * 180);
            }
        }

        return image;
    }

    public static (byte R, byte G, byte B) Colour(double yaw, double pitch)
    {
        foreach (var marker in Markers)
        {
            if (marker.Contains(yaw, pitch))
            {
                return marker.Colour;
            }
        }

        if (Math.Abs(pitch) > 80)
        {
            return pitch > 0 ? NorthCap : SouthCap;
        }

        if (NearGridLine(yaw) || NearGridLine(pitch))
        {
            return (25, 25, 25);
        }

        var quadrant = (int)Math.Clamp(Math.Floor((yaw + 180) / 90), 0, 3);
        var (r, g, b) = Octants[quadrant + (pitch < 0 ? 4 : 0)];
        var shade = 0.8 + (0.2 * (((yaw + 180) % 90) / 90));
        return ((byte)(r * shade), (byte)(g * shade), (byte)(b * shade));
    }

    private static bool NearGridLine(double degrees) => Math.Abs(degrees - (30 * Math.Round(degrees / 30))) < 0.5;
}
