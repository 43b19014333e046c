using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

/// <summary>An RGBA pixel array sampled bilinearly by the ray caster, so drawing stays in SkiaSharp.</summary>
internal sealed class Texture
{
    private readonly byte[] _rgba;

    private Texture(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Copies an RGBA bitmap's pixels out.</summary>
    public static Texture From(SKBitmap bitmap)
    {
        if (bitmap.ColorType != SKColorType.Rgba8888)
        {
            throw new ArgumentException("Textures are painted as RGBA 8888.", nameof(bitmap));
        }

        return new Texture(bitmap.Width, bitmap.Height, bitmap.GetPixelSpan().ToArray());
    }

    /// <summary>Bilinear sample at a pixel coordinate (pixel centres at +0.5), clamped to the edges.</summary>
    public Rgb Sample(double px, double py)
    {
        double fx = Math.Clamp(px - 0.5, 0, Width - 1.001);
        double fy = Math.Clamp(py - 0.5, 0, Height - 1.001);
        int x0 = (int)fx, y0 = (int)fy;
        float ax = (float)(fx - x0), ay = (float)(fy - y0);
        int i00 = ((y0 * Width) + x0) * 4, i10 = i00 + 4, i01 = i00 + (Width * 4), i11 = i01 + 4;
        return new Rgb(
            Mix(_rgba[i00], _rgba[i10], _rgba[i01], _rgba[i11], ax, ay),
            Mix(_rgba[i00 + 1], _rgba[i10 + 1], _rgba[i01 + 1], _rgba[i11 + 1], ax, ay),
            Mix(_rgba[i00 + 2], _rgba[i10 + 2], _rgba[i01 + 2], _rgba[i11 + 2], ax, ay));
    }

    private static float Mix(byte a, byte b, byte c, byte d, float ax, float ay)
    {
        float top = a + ((b - a) * ax);
        float bottom = c + ((d - c) * ax);
        return top + ((bottom - top) * ay);
    }
}
