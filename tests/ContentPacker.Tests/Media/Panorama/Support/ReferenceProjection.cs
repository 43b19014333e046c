using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>
/// An independent, plain double-precision cube projection: each face is the front view (u right, v down, looking
/// along +z) turned by a yaw or pitch rotation, as a viewer turns its head; (yaw, pitch) via atan2 and asin; bilinear
/// sampling with the x coordinate taken modulo the width (360°) and rows clamped at the poles.
/// </summary>
internal static class ReferenceProjection
{
    public static (double X, double Y, double Z) Direction(CubeFace face, double u, double v)
    {
        var front = (X: u, Y: -v, Z: 1.0);
        return face switch
        {
            CubeFace.Front => front,
            CubeFace.Right => TurnYaw(front, 90),
            CubeFace.Back => TurnYaw(front, 180),
            CubeFace.Left => TurnYaw(front, -90),
            CubeFace.Up => TurnPitch(front, 90),
            CubeFace.Down => TurnPitch(front, -90),
            _ => throw new ArgumentOutOfRangeException(nameof(face)),
        };
    }

    public static (double Yaw, double Pitch) Angles((double X, double Y, double Z) d)
    {
        var length = Math.Sqrt((d.X * d.X) + (d.Y * d.Y) + (d.Z * d.Z));
        return (Math.Atan2(d.X, d.Z) * 180 / Math.PI, Math.Asin(d.Y / length) * 180 / Math.PI);
    }

    /// <summary>The face as the reference sees it, <paramref name="size"/> pixels square.</summary>
    public static RgbImage Face(RgbImage source, CubeFace face, int size, PanoramaExtent? extent = null)
    {
        var result = new RgbImage(size, size);
        Parallel.For(0, size, y =>
        {
            for (var x = 0; x < size; x++)
            {
                var (yaw, pitch) = Angles(Direction(face, ((x + 0.5) * 2 / size) - 1, ((y + 0.5) * 2 / size) - 1));
                result[x, y] = Sample(source, yaw, pitch, extent);
            }
        });
        return result;
    }

    public static (byte R, byte G, byte B) Sample(RgbImage source, double yaw, double pitch, PanoramaExtent? extent = null)
    {
        var (haov, vaov, offset) = extent is { } e ? (e.HorizontalAngle, e.VerticalAngle, e.VerticalOffset) : (360.0, 180.0, 0.0);
        double w = source.Width, h = source.Height;
        var fx = ((yaw / haov) + 0.5) * w - 0.5;
        var fy = (0.5 - ((pitch - offset) / vaov)) * h - 0.5;
        var full = haov >= 360;
        if (fy < -0.5 || fy > h - 0.5 || (!full && (fx < -0.5 || fx > w - 0.5)))
        {
            return (0, 0, 0);
        }

        fx = full ? ((fx % w) + w) % w : Math.Clamp(fx, 0, w - 1);
        fy = Math.Clamp(fy, 0, h - 1);
        int x0 = (int)Math.Floor(fx), y0 = (int)Math.Floor(fy);
        var x1 = full ? (x0 + 1) % source.Width : Math.Min(x0 + 1, source.Width - 1);
        var y1 = Math.Min(y0 + 1, source.Height - 1);
        double ax = fx - x0, ay = fy - y0;
        byte Channel(int c) => (byte)Math.Round(
            (Get(source, x0, y0, c) * (1 - ax) * (1 - ay)) + (Get(source, x1, y0, c) * ax * (1 - ay)) +
            (Get(source, x0, y1, c) * (1 - ax) * ay) + (Get(source, x1, y1, c) * ax * ay));
        return (Channel(0), Channel(1), Channel(2));
    }

    private static byte Get(RgbImage image, int x, int y, int channel) => image.Pixels[(((y * image.Width) + x) * 3) + channel];

    // Positive yaw turns right: forward (0,0,1) goes to (sin, 0, cos).
    private static (double X, double Y, double Z) TurnYaw((double X, double Y, double Z) p, double degrees)
    {
        var (s, c) = Math.SinCos(degrees * Math.PI / 180);
        return ((p.X * c) + (p.Z * s), p.Y, (-p.X * s) + (p.Z * c));
    }

    // Positive pitch looks up: forward goes to (0, sin, cos) and the view's up to (0, cos, -sin).
    private static (double X, double Y, double Z) TurnPitch((double X, double Y, double Z) p, double degrees)
    {
        var (s, c) = Math.SinCos(degrees * Math.PI / 180);
        return (p.X, (p.Y * c) + (p.Z * s), (-p.Y * s) + (p.Z * c));
    }
}
