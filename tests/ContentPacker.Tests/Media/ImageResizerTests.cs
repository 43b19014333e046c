using ContentPacker.Media;
using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media;

public sealed partial class ImageResizerTests
{
    [TestCase(1200, 600, 400, 400, 200)]
    [TestCase(300, 900, 450, 150, 450)]
    [TestCase(1000, 1000, 999, 999, 999)]
    [TestCase(200, 100, 1000, 200, 100)]
    [TestCase(200, 100, 200, 200, 100)]
    public void Resize_fits_the_longer_edge_in_the_box_and_never_enlarges(int w, int h, int maxEdge, int expectedW, int expectedH)
    {
        // Given a w×h photo
        using var folder = new TempDirectory();
        string source = TestImages.Jpeg(folder, "photo.jpg", w, h);

        // When it is resized to maxEdge
        var size = ImageResizer.ResizeToJpeg(source, folder.File("out.jpg"), maxEdge);

        // Then the returned and the written size are the fitted size
        using var written = TestImages.Load(folder.File("out.jpg"));
        Assert.That(size, Is.EqualTo(new ImageInfo(expectedW, expectedH)));
        Assert.That((written.Width, written.Height), Is.EqualTo((expectedW, expectedH)));
    }

    [Test]
    public void Resize_turns_the_picture_upright_by_its_exif_orientation_and_strips_metadata()
    {
        // Given a 240×120 photo whose EXIF says "rotate 90° clockwise to view", naming its author
        using var folder = new TempDirectory();
        string source = TestImages.Jpeg(folder, "phone.jpg", 240, 120, orientation: 6);
        using (var original = TestImages.Load(source))
        {
            Assert.That(original.GetFields(), Does.Contain("exif-data"), "the fixture must carry EXIF to strip");
        }

        // When it is resized with room to spare
        var size = ImageResizer.ResizeToJpeg(source, folder.File("out.jpg"), 1000);

        // Then it is stored upright (portrait) and carries no EXIF, XMP, IPTC or ICC data
        using var written = TestImages.Load(folder.File("out.jpg"));
        Assert.That(size, Is.EqualTo(new ImageInfo(120, 240)));
        Assert.That(written.GetFields(), Has.None.StartsWith("exif").And.None.EqualTo("xmp-data")
            .And.None.EqualTo("iptc-data").And.None.EqualTo("icc-profile-data"));
    }

    [TestCase(1, TestName = "Resize_writes_a_grey_png_as_an_srgb_jpeg")]
    [TestCase(4, TestName = "Resize_writes_a_transparent_png_as_an_opaque_srgb_jpeg")]
    public void Resize_writes_three_band_srgb(int bands)
    {
        // Given a PNG that is grey, or has an alpha channel
        using var folder = new TempDirectory();
        string source = TestImages.Png(folder, "logo.png", 300, 200, bands);

        // When it is resized
        ImageResizer.ResizeToJpeg(source, folder.File("out.jpg"), 150);

        // Then the JPEG has three 8-bit sRGB bands
        using var written = TestImages.Load(folder.File("out.jpg"));
        Assert.That((written.Bands, written.Interpretation, written.Format),
            Is.EqualTo((3, NetVips.Enums.Interpretation.Srgb, NetVips.Enums.BandFormat.Uchar)));
    }
}
