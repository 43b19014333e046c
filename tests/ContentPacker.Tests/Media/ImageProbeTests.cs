using ContentPacker.Media;
using ContentPacker.Tests.Media.Panorama;
using ContentPacker.Tests.Media.Panorama.Support;

namespace ContentPacker.Tests.Media;

public sealed class ImageProbeTests
{
    [TestCase("png")]
    [TestCase("tif")]
    [TestCase("jpg")]
    public void Read_gives_the_size_of_a_supported_image(string extension)
    {
        using var temp = new TempDirectory();
        var file = temp.File("image." + extension);
        new RgbImage(320, 160).Save(file);

        Assert.That(ImageProbe.Read(file), Is.EqualTo(new ImageInfo(320, 160)));
    }

    [Test]
    public void Read_rejects_a_truncated_jpeg_whose_header_is_intact()
    {
        using var temp = new TempDirectory();
        var file = PanoramaTilerBadInputTests.TruncatedJpeg(temp, "cut.jpg");

        var error = Assert.Throws<MediaException>(() => ImageProbe.Read(file));

        Assert.That(error!.Message, Does.Contain(file));
    }

    [Test]
    public void Read_rejects_a_truncated_png()
    {
        using var temp = new TempDirectory();
        var file = temp.File("cut.png");
        SyntheticPanorama.Create(512, 256).Save(file);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<MediaException>(() => ImageProbe.Read(file));

        Assert.That(error!.Message, Does.Contain(file));
    }

    [Test]
    public void Read_rejects_a_format_other_than_jpeg_png_or_tiff()
    {
        using var temp = new TempDirectory();
        var file = temp.File("image.webp");
        new RgbImage(64, 32).Save(file);

        var error = Assert.Throws<MediaException>(() => ImageProbe.Read(file));

        Assert.That(error!.Message, Does.Contain(file).And.Contain("JPEG, PNG or TIFF"));
    }

    [Test]
    public void Read_rejects_a_missing_file_naming_it()
    {
        var file = Path.Combine(Path.GetTempPath(), "no-such-image-" + Guid.NewGuid() + ".jpg");

        var error = Assert.Throws<MediaException>(() => ImageProbe.Read(file));

        Assert.That(error!.Message, Does.Contain(file));
    }
}
