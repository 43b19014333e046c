using ExhibitionViewer.Rendering;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Support;

/// <summary>An equirectangular RGBA image sampled bilinearly by (yaw, pitch), wrapping at ±180°.</summary>
internal sealed class EquirectImage(DecodedImage image)
{
    public DecodedImage Image { get; } = image;

    public (double R, double G, double B) Sample(double yaw, double pitch)
    {
        var u = (yaw + 180) / 360 * Image.Width - 0.5;
        var v = Math.Clamp((90 - pitch) / 180 * Image.Height - 0.5, 0, Image.Height - 1);
        var x0 = (int)Math.Floor(u);
        var y0 = (int)Math.Floor(v);
        double fx = u - x0, fy = v - y0;
        var y1 = Math.Min(y0 + 1, Image.Height - 1);
        double r = 0, g = 0, b = 0;
        Accumulate(x0, y0, (1 - fx) * (1 - fy));
        Accumulate(x0 + 1, y0, fx * (1 - fy));
        Accumulate(x0, y1, (1 - fx) * fy);
        Accumulate(x0 + 1, y1, fx * fy);
        return (r, g, b);

        void Accumulate(int x, int y, double weight)
        {
            x = ((x % Image.Width) + Image.Width) % Image.Width;
            var i = (y * Image.Width + x) * 4;
            r += Image.Rgba[i] * weight;
            g += Image.Rgba[i + 1] * weight;
            b += Image.Rgba[i + 2] * weight;
        }
    }

    public (double R, double G, double B) Sample(Vec3 direction)
    {
        var (yaw, pitch) = Angles.FromDirection(direction);
        return Sample(yaw, pitch);
    }

    /// <summary>The CPU reference: what a perfect rectilinear view of this image looks like.</summary>
    public DecodedImage RenderView(ViewProjection projection)
    {
        var pixels = new byte[projection.Width * projection.Height * 4];
        Parallel.For(0, projection.Height, y =>
        {
            for (var x = 0; x < projection.Width; x++)
            {
                var (r, g, b) = Sample(projection.RayThrough(new ScreenPoint(x + 0.5, y + 0.5)));
                var i = (y * projection.Width + x) * 4;
                pixels[i] = (byte)Math.Round(r);
                pixels[i + 1] = (byte)Math.Round(g);
                pixels[i + 2] = (byte)Math.Round(b);
                pixels[i + 3] = 255;
            }
        });
        return new DecodedImage(projection.Width, projection.Height, pixels);
    }
}
