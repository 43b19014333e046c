using ContentPacker.Media;
using ContentPacker.Media.Panorama;
using ContentPacker.Tests.Media.Panorama.Support;
using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Tests.Media.Panorama;

/// <summary>Unreadable sources give a <see cref="MediaException"/> that names the file, and no pyramid.</summary>
[TestFixture]
public sealed class PanoramaTilerBadInputTests
{
    [Test]
    public void A_truncated_jpeg_is_rejected_naming_the_file()
    {
        using var temp = new TempDirectory();
        var file = TruncatedJpeg(temp, "cut.jpg");

        var error = Assert.Throws<MediaException>(() => PanoramaTiler.Tile(new EquirectSource(file), temp.File("out"), "x/", new TilingOptions()));

        Assert.That(error!.Message, Does.Contain(file));
        Assert.That(Directory.Exists(Path.Combine(temp.File("out"), "tiles")), Is.False);
    }

    [Test]
    public void A_file_that_is_not_an_image_is_rejected_naming_the_file()
    {
        using var temp = new TempDirectory();
        var file = temp.File("noise.jpg");
        File.WriteAllBytes(file, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var error = Assert.Throws<MediaException>(() => PanoramaTiler.Tile(new EquirectSource(file), temp.File("out"), "x/", new TilingOptions()));

        Assert.That(error!.Message, Does.Contain(file));
    }

    [Test]
    public void A_full_panorama_that_is_not_two_to_one_is_rejected_naming_the_file()
    {
        using var temp = new TempDirectory();
        var file = temp.File("square.png");
        new RgbImage(256, 256).Save(file);

        var error = Assert.Throws<MediaException>(() => PanoramaTiler.Tile(new EquirectSource(file), temp.File("out"), "x/", new TilingOptions()));

        Assert.That(error!.Message, Does.Contain(file).And.Contain("2:1"));
    }

    [Test]
    public void A_truncated_cube_face_is_rejected_naming_that_face_file()
    {
        using var temp = new TempDirectory();
        var files = Enum.GetValues<CubeFace>().ToDictionary(f => f, f => Jpeg(temp, f + ".jpg", 256, 256));
        files[CubeFace.Back] = TruncatedJpeg(temp, "back-cut.jpg", 256, 256);

        var error = Assert.Throws<MediaException>(() => PanoramaTiler.Tile(new CubeFacesSource(files), temp.File("out"), "x/", new TilingOptions()));

        Assert.That(error!.Message, Does.Contain(files[CubeFace.Back]));
    }

    internal static string Jpeg(TempDirectory temp, string name, int width = 512, int height = 256)
    {
        var file = temp.File(name);
        using var xy = Image.Xyz(width, height);
        using var noise = Image.Gaussnoise(width, height, sigma: 60);
        using var rgb = (xy[0] + noise).Bandjoin(xy[1] + noise, noise + 128).Cast(Enums.BandFormat.Uchar);
        rgb.Jpegsave(file, q: 90);
        return file;
    }

    internal static string TruncatedJpeg(TempDirectory temp, string name, int width = 512, int height = 256)
    {
        var file = Jpeg(temp, name, width, height);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length * 6 / 10)]);
        return file;
    }
}
