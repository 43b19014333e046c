using ContentPacker.Media.Panorama;
using ContentPacker.Tests.Media.Panorama.Support;
using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama;

/// <summary>A partial equirect (haov 180, vaov 90, vOffset 10) against the reference projection.</summary>
[TestFixture]
public sealed class PanoramaTilerPartialTests
{
    private static readonly PanoramaExtent Extent = new(180, 90, 10);

    private TempDirectory temp = null!;
    private RgbImage source = null!;
    private CubePyramid pyramid = null!;

    [OneTimeSetUp]
    public void TileAPartialPanorama()
    {
        temp = new TempDirectory();
        source = SyntheticPanorama.Create(1024, 512);
        var file = temp.File("partial.png");
        source.Save(file);
        pyramid = PanoramaTiler.Tile(new EquirectSource(file, Extent), temp.File("out"), "p/", new TilingOptions());
    }

    [OneTimeTearDown]
    public void RemoveFiles() => temp.Dispose();

    [Test]
    public void The_extent_is_recorded_and_the_face_keeps_the_angular_resolution()
    {
        Assert.That(pyramid.Extent, Is.EqualTo(Extent));

        // 1024 px over 180° is 2048 over 360°, so the face is 2048/π ≈ 652 → 648
        Assert.That(pyramid.FaceSize, Is.EqualTo(648));
    }

    [TestCaseSource(typeof(CubeFaceCases), nameof(CubeFaceCases.All))]
    public void Every_face_matches_the_reference_with_black_outside_the_extent(CubeFace face)
    {
        var tiled = PyramidFiles.Face(temp.File("out"), "p/", pyramid, pyramid.LevelSizes.Count - 1, face);
        var reference = ReferenceProjection.Face(source, face, pyramid.FaceSize, Extent);

        // Same JPEG q85 allowance as the full panorama (see PanoramaTilerProjectionTests)
        Assert.That(ImageMetrics.MeanAbsoluteError(tiled, reference), Is.LessThan(4.0), face.ToString());
    }

    [Test]
    public void Directions_outside_the_extent_are_black_and_inside_are_not()
    {
        var back = PyramidFiles.Face(temp.File("out"), "p/", pyramid, pyramid.LevelSizes.Count - 1, CubeFace.Back);
        var front = PyramidFiles.Face(temp.File("out"), "p/", pyramid, pyramid.LevelSizes.Count - 1, CubeFace.Front);

        // The back face (yaw 135..225) lies wholly outside yaw -90..90: black up to JPEG noise
        Assert.That(back.Pixels.Average(p => (double)p), Is.LessThan(1.0));

        // The image centre row is at pitch 10, so the front face's centre (pitch 0) shows a row below it: the
        // source's yellow front marker, squeezed into 180x90 degrees, spans pitch 10±1.5 and so is above the centre
        var centre = ImageMetrics.MeanAround(front, 324, 324);
        Assert.That(ImageMetrics.Distance(centre, SyntheticPanorama.Front.Colour), Is.GreaterThan(60));
        Assert.That(front.Pixels.Average(p => (double)p), Is.GreaterThan(50));
    }
}
