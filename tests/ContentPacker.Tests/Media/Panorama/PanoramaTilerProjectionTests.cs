using ContentPacker.Media.Panorama;
using ContentPacker.Tests.Media.Panorama.Support;
using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama;

/// <summary>The tiler's cube faces against an independent CPU projection of a synthetic 2048x1024 equirect.</summary>
[TestFixture]
public sealed class PanoramaTilerProjectionTests
{
    private const string Prefix = "scenes/grid/";

    // JPEG q85 with 4:2:0 chroma on this synthetic image (flat octants, thin dark grid lines, saturated edges)
    // measured a mean error of 1.3-2.4 levels per channel between encoded tiles and the exact reference (the up face,
    // where the grid lines converge, is the worst); 4 leaves headroom for other libjpeg builds, while a face that is
    // mirrored, turned a quarter or shifted by a few pixels scores well over 10 (see the wrong-face control).
    private const double FaceTolerance = 4.0;

    // Flat marker centres: JPEG keeps them within a few levels; 24 still tells apart colours that differ by >= 60.
    private const double ColourTolerance = 24;

    private TempDirectory temp = null!;
    private RgbImage source = null!;
    private CubePyramid pyramid = null!;
    private Dictionary<CubeFace, RgbImage> faces = null!;

    [OneTimeSetUp]
    public void TileTheSyntheticPanorama()
    {
        temp = new TempDirectory();
        source = SyntheticPanorama.Create(2048, 1024);
        var file = temp.File("grid.png");
        source.Save(file);
        pyramid = PanoramaTiler.Tile(new EquirectSource(file), temp.File("out"), Prefix, new TilingOptions());
        faces = Enum.GetValues<CubeFace>().ToDictionary(f => f, f => PyramidFiles.Face(temp.File("out"), Prefix, pyramid, pyramid.LevelSizes.Count - 1, f));
    }

    [OneTimeTearDown]
    public void RemoveFiles() => temp.Dispose();

    [Test]
    public void Face_size_is_the_width_over_pi_rounded_to_a_multiple_of_8() =>
        Assert.That(pyramid.FaceSize, Is.EqualTo(648));

    [TestCaseSource(typeof(CubeFaceCases), nameof(CubeFaceCases.All))]
    public void Every_face_matches_the_reference_projection(CubeFace face)
    {
        // Given the reference projection of the same source
        var reference = ReferenceProjection.Face(source, face, pyramid.FaceSize);

        // When the tiled face is compared with it
        var error = ImageMetrics.MeanAbsoluteError(faces[face], reference);

        // Then they agree within JPEG noise
        TestContext.Out.WriteLine($"{face}: mean absolute error {error:F2}");
        Assert.That(error, Is.LessThan(FaceTolerance), $"{face} mean absolute error");
    }

    [Test]
    public void A_wrong_face_is_far_outside_the_tolerance()
    {
        var reference = ReferenceProjection.Face(source, CubeFace.Right, pyramid.FaceSize);

        Assert.That(ImageMetrics.MeanAbsoluteError(faces[CubeFace.Front], reference), Is.GreaterThan(10 * FaceTolerance));
    }

    [Test]
    public void The_back_face_centre_columns_match_the_reference_across_the_seam()
    {
        // Given the back face's two centre columns: they sample either side of yaw ±180, where the source's
        // yellow quadrant (yaw 90..180) meets its red one (yaw -180..-90), so only a correct wrap blends them right
        var reference = ReferenceProjection.Face(source, CubeFace.Back, pyramid.FaceSize);
        var tiled = Columns(faces[CubeFace.Back], pyramid.FaceSize / 2 - 1, 2);
        var expected = Columns(reference, pyramid.FaceSize / 2 - 1, 2);

        // When they are compared
        var error = ImageMetrics.MeanAbsoluteError(tiled, expected);

        // Then they agree: JPEG's halved chroma across the sharp quadrant edge running down exactly these columns
        // measured 3.5 levels, so 6 is allowed; sampling the wrong side of the seam, or black, costs 40 or more
        TestContext.Out.WriteLine($"seam columns: mean absolute error {error:F2}");
        Assert.That(error, Is.LessThan(6));
    }

    [TestCaseSource(nameof(KnownDirections))]
    public void A_known_direction_lands_where_pannellum_puts_it(CubeFace face, double fx, double fy, string what, (byte, byte, byte) expected)
    {
        // Given a position on a face (fractions of the face edge)
        var x = (int)(fx * pyramid.FaceSize);
        var y = (int)(fy * pyramid.FaceSize);

        // Then the tile shows the colour painted at that direction
        var seen = ImageMetrics.MeanAround(faces[face], x, y);
        Assert.That(ImageMetrics.Distance(seen, expected), Is.LessThan(ColourTolerance), $"{face} at ({x},{y}) should show {what}, saw {seen}");
    }

    [Test]
    public void The_up_face_is_not_upside_down()
    {
        // The marker above front's top edge is at the up face's bottom, so its top centre must not show it.
        var seen = ImageMetrics.MeanAround(faces[CubeFace.Up], pyramid.FaceSize / 2, 3);
        Assert.That(ImageMetrics.Distance(seen, SyntheticPanorama.AboveFront.Colour), Is.GreaterThan(100));
    }

    private static RgbImage Columns(RgbImage image, int left, int count)
    {
        var strip = new RgbImage(count, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            Array.Copy(image.Pixels, ((y * image.Width) + left) * 3, strip.Pixels, y * count * 3, count * 3);
        }

        return strip;
    }

    private static IEnumerable<TestCaseData> KnownDirections()
    {
        const double Edge = 4.0 / 648;
        TestCaseData At(CubeFace face, double fx, double fy, Marker m) => new(face, fx, fy, m.Name, m.Colour);
        yield return At(CubeFace.Front, 0.5, 0.5, SyntheticPanorama.Front);
        yield return At(CubeFace.Right, 0.5, 0.5, SyntheticPanorama.Right);
        yield return At(CubeFace.Back, 0.5, 0.5, SyntheticPanorama.Back);
        yield return At(CubeFace.Left, 0.5, 0.5, SyntheticPanorama.Left);
        yield return new TestCaseData(CubeFace.Up, 0.5, 0.5, "the north pole", SyntheticPanorama.NorthCap);
        yield return new TestCaseData(CubeFace.Down, 0.5, 0.5, "the south pole", SyntheticPanorama.SouthCap);
        yield return At(CubeFace.Front, 0.5, Edge, SyntheticPanorama.AboveFront);
        yield return At(CubeFace.Up, 0.5, 1 - Edge, SyntheticPanorama.AboveFront);
        yield return At(CubeFace.Front, 0.5, 1 - Edge, SyntheticPanorama.BelowFront);
        yield return At(CubeFace.Down, 0.5, Edge, SyntheticPanorama.BelowFront);
        yield return At(CubeFace.Front, 1 - Edge, 0.5, SyntheticPanorama.RightOfFront);
        yield return At(CubeFace.Right, Edge, 0.5, SyntheticPanorama.RightOfFront);
        yield return At(CubeFace.Up, 0.5 + (0.5 * Math.Tan(Math.PI / 6)), 0.5, SyntheticPanorama.UpRight);
        yield return At(CubeFace.Up, 0.5, 0.5 - (0.5 * Math.Tan(Math.PI / 6)), SyntheticPanorama.UpBack);
    }
}
