using NetVips;

namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>An interleaved 8-bit RGB raster, read from or written to files with NetVips.</summary>
internal sealed class RgbImage(int width, int height, byte[] pixels)
{
    public RgbImage(int width, int height)
        : this(width, height, new byte[width * height * 3])
    {
    }

    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Pixels { get; } = pixels;

    public static RgbImage Load(string file)
    {
        using var image = Image.NewFromFile(file);
        using var rgb = image.Bands == 3 ? image.Copy() : image.Colourspace(Enums.Interpretation.Srgb);
        return new RgbImage(rgb.Width, rgb.Height, rgb.WriteToMemory<byte>());
    }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 3;
            return (Pixels[i], Pixels[i + 1], Pixels[i + 2]);
        }

        set
        {
            var i = ((y * Width) + x) * 3;
            (Pixels[i], Pixels[i + 1], Pixels[i + 2]) = value;
        }
    }

    public void Save(string file)
    {
        using var image = Image.NewFromMemory(Pixels, Width, Height, 3, Enums.BandFormat.Uchar);
        image.WriteToFile(file);
    }
}
