using ContentPacker.Media.Panorama;
using ContentPacker.Tests.Media.Panorama.Support;
using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama;

/// <summary>The pyramid's levels, tiles, paths and preview, with small tiles so there are several levels.</summary>
[TestFixture]
public sealed class PanoramaTilerLayoutTests
{
    private const string Prefix = "scenes/hall/";

    private TempDirectory temp = null!;
    private CubePyramid pyramid = null!;
    private List<double> progress = null!;

    private string Output => temp.File("out");

    [OneTimeSetUp]
    public void TileWithSmallTiles()
    {
        temp = new TempDirectory();
        var file = temp.File("pano.png");
        SyntheticPanorama.Create(2048, 1024).Save(file);
        progress = [];
        var reporter = new SynchronousProgress(progress.Add);
        pyramid = PanoramaTiler.Tile(new EquirectSource(file), Output, Prefix, new TilingOptions(JpegQuality: 80, TileSize: 128, PreviewFaceSize: 64), reporter);
    }

    [OneTimeTearDown]
    public void RemoveFiles() => temp.Dispose();

    [Test]
    public void Levels_halve_rounding_up_from_the_face_size_down_to_one_tile()
    {
        Assert.That(pyramid.FaceSize, Is.EqualTo(648));
        Assert.That(pyramid.LevelSizes, Is.EqualTo(new[] { 81, 162, 324, 648 }));
        Assert.That(pyramid.TileSize, Is.EqualTo(128));
    }

    [Test]
    public void Each_level_has_the_tiles_its_size_needs_and_edge_tiles_are_smaller()
    {
        // Given the expected tiles per edge: ceil(size / 128)
        var expected = new[] { 1, 2, 3, 6 };

        foreach (var face in Enum.GetValues<CubeFace>())
        {
            for (var level = 0; level < pyramid.LevelSizes.Count; level++)
            {
                var folder = Path.Combine(Output, "tiles", level.ToString(), face.ToString().ToLowerInvariant());
                Assert.That(pyramid.TilesPerEdge(level), Is.EqualTo(expected[level]));
                Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(expected[level] * expected[level]), folder);
            }
        }

        // Then the finest level's last tile holds the 648 - 5*128 = 8 leftover pixels, and level 0 the whole face
        Assert.That(Size(pyramid.TilePath(3, CubeFace.Left, 5, 5)), Is.EqualTo((8, 8)));
        Assert.That(Size(pyramid.TilePath(3, CubeFace.Left, 5, 0)), Is.EqualTo((8, 128)));
        Assert.That(Size(pyramid.TilePath(2, CubeFace.Up, 2, 1)), Is.EqualTo((324 - 256, 128)));
        Assert.That(Size(pyramid.TilePath(0, CubeFace.Down, 0, 0)), Is.EqualTo((81, 81)));
    }

    [Test]
    public void Paths_follow_the_template_with_lower_case_face_names()
    {
        Assert.That(pyramid.TilePathTemplate, Is.EqualTo("scenes/hall/tiles/{level}/{face}/{x}_{y}.jpg"));
        Assert.That(pyramid.TilePath(3, CubeFace.Back, 4, 2), Is.EqualTo("scenes/hall/tiles/3/back/4_2.jpg"));
        Assert.That(File.Exists(Path.Combine(Output, "tiles", "3", "back", "4_2.jpg")), Is.True);
        Assert.That(pyramid.PreviewPath, Is.EqualTo("scenes/hall/preview.jpg"));
        var written = Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'));
        Assert.That(written, Is.All.Match(@"^(preview\.jpg|tiles/[0-3]/(front|right|back|left|up|down)/\d+_\d+\.jpg)$"));
    }

    [Test]
    public void The_preview_is_a_strip_of_six_faces_in_cube_face_order()
    {
        var preview = RgbImage.Load(PyramidFiles.File(Output, Prefix, pyramid.PreviewPath));
        Assert.That((preview.Width, preview.Height, pyramid.PreviewFaceSize), Is.EqualTo((6 * 64, 64, 64)));

        // Each square shows its face: its mean colour is that face's (resizing keeps means) and no other face's
        var all = Enum.GetValues<CubeFace>();
        var faceMeans = all.Select(f => Mean(PyramidFiles.Face(Output, Prefix, pyramid, 3, f), 0, 648)).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            var square = Mean(preview, i * 64, 64);
            var distances = faceMeans.Select(m => ImageMetrics.Distance(square, m)).ToArray();
            Assert.That(distances[i], Is.LessThan(4), $"{all[i]} square against its face");
            Assert.That(distances.Select((d, j) => j == i || d > 10).All(ok => ok), Is.True, $"{all[i]} square is unlike other faces");
        }
    }

    [Test]
    public void Coarser_levels_are_downscaled_copies_of_the_finest()
    {
        var finest = PyramidFiles.Face(Output, Prefix, pyramid, 3, CubeFace.Right);
        var coarse = PyramidFiles.Face(Output, Prefix, pyramid, 1, CubeFace.Right);
        var shrunk = Shrink(finest, 4);

        // Box-filtered reference against the coarse level: JPEG and filter differences stay within a few levels
        Assert.That(ImageMetrics.MeanAbsoluteError(coarse, shrunk), Is.LessThan(6));
    }

    [Test]
    public void Progress_rises_from_zero_to_one()
    {
        Assert.That(progress[0], Is.Zero);
        Assert.That(progress[^1], Is.EqualTo(1));
        Assert.That(progress, Is.Ordered);
        Assert.That(progress, Has.Count.GreaterThanOrEqualTo(8));
    }

    private static (double R, double G, double B) Mean(RgbImage image, int left, int size)
    {
        double r = 0, g = 0, b = 0;
        for (var y = 0; y < size; y++)
        {
            for (var x = left; x < left + size; x++)
            {
                var (pr, pg, pb) = image[x, y];
                (r, g, b) = (r + pr, g + pg, b + pb);
            }
        }

        var n = (double)size * size;
        return (r / n, g / n, b / n);
    }

    private (int, int) Size(string entry)
    {
        var image = RgbImage.Load(PyramidFiles.File(Output, Prefix, entry));
        return (image.Width, image.Height);
    }

    private static RgbImage Shrink(RgbImage image, int factor)
    {
        var size = image.Width / factor;
        var result = new RgbImage(size, size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var sum = 0;
                    for (var dy = 0; dy < factor; dy++)
                    {
                        for (var dx = 0; dx < factor; dx++)
                        {
                            sum += image.Pixels[((((y * factor) + dy) * image.Width) + (x * factor) + dx) * 3 + c];
                        }
                    }

                    result.Pixels[(((y * size) + x) * 3) + c] = (byte)((sum + (factor * factor / 2)) / (factor * factor));
                }
            }
        }

        return result;
    }
}
