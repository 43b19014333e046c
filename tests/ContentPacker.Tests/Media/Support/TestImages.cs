using NetVips;

namespace ContentPacker.Tests.Media.Support;

/// <summary>Small synthetic images written with NetVips.</summary>
internal static class TestImages
{
    /// <summary>An RGB gradient of the given size, optionally tagged with an EXIF orientation (1–8).</summary>
    public static string Jpeg(TempDirectory folder, string name, int width, int height, int orientation = 1)
    {
        using var image = Gradient(width, height, bands: 3);
        using var tagged = image.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", orientation);
            m.Set(GValue.GStrType, "exif-ifd0-Artist", "Jo Bloggs");
        });
        string path = folder.File(name);
        tagged.Jpegsave(path, q: 95, keep: Enums.ForeignKeep.All);
        return path;
    }

    /// <summary>A PNG with the given number of bands (1 grey, 2 grey+alpha, 4 RGBA).</summary>
    public static string Png(TempDirectory folder, string name, int width, int height, int bands)
    {
        using var image = Gradient(width, height, bands);
        string path = folder.File(name);
        image.Pngsave(path);
        return path;
    }

    public static Image Load(string path) => Image.NewFromFile(path, access: Enums.Access.Sequential);

    private static Image Gradient(int width, int height, int bands)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz[0];
        using var band = (x % 256).Cast(Enums.BandFormat.Uchar);
        using var joined = band.Bandjoin(Enumerable.Repeat(band, bands - 1).ToArray());
        return joined.Copy(interpretation: bands <= 2 ? Enums.Interpretation.Bw : Enums.Interpretation.Srgb);
    }
}
