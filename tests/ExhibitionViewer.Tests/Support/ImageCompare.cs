using ExhibitionViewer.Rendering;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Per-channel mean absolute error between two same-sized RGBA images, in 0..255 units.</summary>
internal static class ImageCompare
{
    public static (double R, double G, double B) MeanAbsoluteError(DecodedImage a, DecodedImage b)
    {
        Assert.That((a.Width, a.Height), Is.EqualTo((b.Width, b.Height)), "images differ in size");
        long r = 0, g = 0, bl = 0;
        for (var i = 0; i < a.Rgba.Length; i += 4)
        {
            r += Math.Abs(a.Rgba[i] - b.Rgba[i]);
            g += Math.Abs(a.Rgba[i + 1] - b.Rgba[i + 1]);
            bl += Math.Abs(a.Rgba[i + 2] - b.Rgba[i + 2]);
        }

        double n = a.Width * a.Height;
        return (r / n, g / n, bl / n);
    }
}
