using SkiaSharp;

namespace ContentPacker.Tests.Sample.Support;

/// <summary>A decoded equirectangular image addressed by Pannellum's yaw and pitch.</summary>
internal sealed class EquirectPixels(SKBitmap bitmap)
{
    public double PixelsPerDegree => bitmap.Width / 360.0;

    public (int X, int Y) PixelOf(double yaw, double pitch) =>
        ((int)((yaw + 180) / 360 * bitmap.Width), (int)((90 - pitch) / 180 * bitmap.Height));

    public SKColor At(int x, int y) => bitmap.GetPixel(((x % bitmap.Width) + bitmap.Width) % bitmap.Width, Math.Clamp(y, 0, bitmap.Height - 1));

    /// <summary>
    /// The exhibits' brass frame colour (#B8893B) under the room's shading, told apart by its channel ratios, which
    /// shading and JPEG q90 barely move (tolerances about 10% and 20%), while no painted accent has them.
    /// </summary>
    public static bool IsFrame(SKColor c) =>
        c.Red is > 130 and < 235 && c.Blue > 0
        && Math.Abs(((double)c.Red / c.Green) - (184.0 / 137)) < 0.14
        && Math.Abs(((double)c.Green / c.Blue) - (137.0 / 59)) < 0.5;

    /// <summary>How many pixels from (x, y) in direction (dx, dy) until two frame pixels in a row, or -1 within the limit.</summary>
    public int StepsToFrame(int x, int y, int dx, int dy, int limit)
    {
        for (int i = 0; i < limit; i++)
        {
            if (IsFrame(At(x + (i * dx), y + (i * dy))) && IsFrame(At(x + ((i + 1) * dx), y + ((i + 1) * dy))))
            {
                return i;
            }
        }

        return -1;
    }
}
