namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>Pixel comparisons used by the projection tests.</summary>
internal static class ImageMetrics
{
    /// <summary>Largest of the three per-channel mean absolute errors.</summary>
    public static double MeanAbsoluteError(RgbImage a, RgbImage b)
    {
        Assert.That((a.Width, a.Height), Is.EqualTo((b.Width, b.Height)));
        var sums = new double[3];
        for (var i = 0; i < a.Pixels.Length; i++)
        {
            sums[i % 3] += Math.Abs(a.Pixels[i] - b.Pixels[i]);
        }

        return sums.Max() / (a.Width * a.Height);
    }

    /// <summary>Mean colour of the (2r+1)² block around (x, y), to average out JPEG ringing at one pixel.</summary>
    public static (double R, double G, double B) MeanAround(RgbImage image, int x, int y, int r = 1)
    {
        double sr = 0, sg = 0, sb = 0;
        var n = 0;
        for (var yy = y - r; yy <= y + r; yy++)
        {
            for (var xx = x - r; xx <= x + r; xx++)
            {
                var (cr, cg, cb) = image[xx, yy];
                (sr, sg, sb, n) = (sr + cr, sg + cg, sb + cb, n + 1);
            }
        }

        return (sr / n, sg / n, sb / n);
    }

    public static double Distance((double R, double G, double B) a, (byte R, byte G, byte B) b) => Distance(a, ((double)b.R, (double)b.G, (double)b.B));

    public static double Distance((double R, double G, double B) a, (double R, double G, double B) b) =>
        new[] { Math.Abs(a.R - b.R), Math.Abs(a.G - b.G), Math.Abs(a.B - b.B) }.Max();
}
