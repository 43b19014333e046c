using ContentPacker.Media.Panorama;
using ContentPacker.Tests.Media.Panorama.Support;
using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama;

/// <summary>The real 4096x2048 photo tiled end to end and checked against the reference projection.</summary>
[TestFixture]
public sealed class PanoramaTilerRealPhotoTests
{
    // At q85 this photo's dense rock texture alone costs up to 4.3 levels of mean error (down face), which would
    // hide geometry errors; at q100 (no chroma subsampling) all faces measured 0.06-0.52, so 1.5 bounds resampling
    // differences while the one-pixel-shift control below, on the same texture, must exceed it.
    private const double Tolerance = 1.5;

    [Test]
    public void The_real_photo_matches_the_reference_on_every_face()
    {
        // Given the real equirect photo
        var file = RealData.File("jordan-pond-equirect-4096x2048.jpg");
        var source = RgbImage.Load(file);
        using var temp = new TempDirectory();

        // When it is tiled (near-lossless tiles, so only geometry and sampling differences remain)
        var pyramid = PanoramaTiler.Tile(new EquirectSource(file), temp.File("out"), "jordan/", new TilingOptions(JpegQuality: 100));

        // Then every face matches the reference
        Assert.That(pyramid.FaceSize, Is.EqualTo(1304));
        Assert.That(pyramid.LevelSizes, Is.EqualTo(new[] { 326, 652, 1304 }));
        var faces = Enum.GetValues<CubeFace>().ToDictionary(f => f, f => PyramidFiles.Face(temp.File("out"), "jordan/", pyramid, 2, f));
        var references = Enum.GetValues<CubeFace>().ToDictionary(f => f, f => ReferenceProjection.Face(source, f, pyramid.FaceSize));
        foreach (var face in Enum.GetValues<CubeFace>())
        {
            var error = ImageMetrics.MeanAbsoluteError(faces[face], references[face]);
            TestContext.Out.WriteLine($"{face}: mean absolute error {error:F2}");
            Assert.That(error, Is.LessThan(Tolerance), face.ToString());
        }

        // And a one-pixel misplacement would have been caught
        var shifted = ImageMetrics.MeanAbsoluteError(ShiftLeft(faces[CubeFace.Down]), references[CubeFace.Down]);
        Assert.That(shifted, Is.GreaterThan(2 * Tolerance), "control: down face shifted by one pixel");
    }

    private static RgbImage ShiftLeft(RgbImage image)
    {
        var result = new RgbImage(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            var row = y * image.Width * 3;
            Array.Copy(image.Pixels, row + 3, result.Pixels, row, (image.Width - 1) * 3);
            Array.Copy(image.Pixels, row + ((image.Width - 1) * 3), result.Pixels, row + ((image.Width - 1) * 3), 3);
        }

        return result;
    }
}
