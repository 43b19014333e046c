using ContentPacker.Media;
using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media;

public sealed partial class ImageResizerTests
{
    [Test]
    public void Resize_rejects_random_bytes_naming_the_file_and_writes_nothing()
    {
        // Given random bytes named .jpg
        using var folder = new TempDirectory();
        string source = BadFiles.RandomBytes(folder, "broken.jpg");

        // When it is resized, then the error names the file and the output folder holds only the inputs
        var error = Assert.Throws<MediaException>(() => ImageResizer.ResizeToJpeg(source, folder.File("out.jpg"), 100))!;
        Assert.That(error.Message, Does.Contain(source).And.Contain("Re-save it"));
        Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "broken.jpg" }));
    }

    [Test]
    public void Resize_rejects_a_truncated_jpeg_and_leaves_no_output()
    {
        // Given the first half of a JPEG
        using var folder = new TempDirectory();
        string whole = TestImages.Jpeg(folder, "whole.jpg", 800, 400);
        string source = BadFiles.Truncated(folder, whole, 0.5);

        // When it is resized, then the error names the file and no output (nor temporary file) remains
        var error = Assert.Throws<MediaException>(() => ImageResizer.ResizeToJpeg(source, folder.File("out.jpg"), 100))!;
        Assert.That(error.Message, Does.Contain(source));
        Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "whole.jpg", "cut-whole.jpg" }));
    }

    [Test]
    public void Resize_shrinks_the_real_equirect_photo_to_fit()
    {
        // Given the real 4096×2048 equirectangular photo kept beside the repository
        var photo = RealData.Find("jordan-pond-equirect-4096x2048.jpg");
        Assert.That(photo, Is.Not.Null, "The real-data folder (shared/realdata) must sit beside this checkout.");

        // When it is resized to 1024 on its longer edge
        using var folder = new TempDirectory();
        var size = ImageResizer.ResizeToJpeg(photo!, folder.File("small.jpg"), 1024, quality: 80);

        // Then it keeps its 2:1 shape at 1024×512
        Assert.That(size, Is.EqualTo(new ImageInfo(1024, 512)));
    }
}
