using ContentPacker.Media;
using ContentPacker.Media.Panorama;
using ContentPacker.Tests.Media.Panorama.Support;
using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama;

/// <summary>Six cube-face files go through unchanged, apart from JPEG, into a pyramid.</summary>
[TestFixture]
public sealed class PanoramaTilerCubeFacesTests
{
    private const int Size = 300;

    [Test]
    public void Faces_go_through_unchanged_and_get_a_pyramid()
    {
        // Given six distinct 300x300 faces
        using var temp = new TempDirectory();
        var faces = Enum.GetValues<CubeFace>().ToDictionary(f => f, Pattern);
        var files = faces.ToDictionary(p => p.Key, p => Save(temp, p.Key, p.Value));

        // When they are tiled with 128-px tiles
        var pyramid = PanoramaTiler.Tile(new CubeFacesSource(files), temp.File("out"), "c/", new TilingOptions(TileSize: 128));

        // Then the face size is theirs, levels reach one tile, and each finest level equals its input within JPEG
        // noise (q85 on these smooth gradients measured under 1.5 levels; a swapped or turned face scores over 40)
        Assert.That(pyramid.FaceSize, Is.EqualTo(Size));
        Assert.That(pyramid.LevelSizes, Is.EqualTo(new[] { 75, 150, 300 }));
        Assert.That(pyramid.Extent, Is.Null);
        foreach (var face in Enum.GetValues<CubeFace>())
        {
            var tiled = PyramidFiles.Face(temp.File("out"), "c/", pyramid, 2, face);
            Assert.That(ImageMetrics.MeanAbsoluteError(tiled, faces[face]), Is.LessThan(3.0), face.ToString());
        }

        Assert.That(ImageMetrics.MeanAbsoluteError(PyramidFiles.Face(temp.File("out"), "c/", pyramid, 2, CubeFace.Up), faces[CubeFace.Down]),
            Is.GreaterThan(20), "control: different faces must differ");
    }

    [Test]
    public void A_face_of_another_size_is_rejected_naming_the_file()
    {
        using var temp = new TempDirectory();
        var files = Enum.GetValues<CubeFace>().ToDictionary(f => f, f => Save(temp, f, Pattern(f)));
        files[CubeFace.Left] = Save(temp, CubeFace.Left, new RgbImage(200, 200));

        var error = Assert.Throws<MediaException>(() => PanoramaTiler.Tile(new CubeFacesSource(files), temp.File("out"), "c/", new TilingOptions()));

        Assert.That(error!.Message, Does.Contain(files[CubeFace.Left]));
    }

    [Test]
    public void A_missing_face_is_rejected_naming_it()
    {
        using var temp = new TempDirectory();
        var files = Enum.GetValues<CubeFace>().Where(f => f != CubeFace.Down).ToDictionary(f => f, f => Save(temp, f, Pattern(f)));

        var error = Assert.Throws<MediaException>(() => PanoramaTiler.Tile(new CubeFacesSource(files), temp.File("out"), "c/", new TilingOptions()));

        Assert.That(error!.Message, Does.Contain("down"));
    }

    private static string Save(TempDirectory temp, CubeFace face, RgbImage image)
    {
        var file = temp.File(face.ToString().ToLowerInvariant() + ".png");
        image.Save(file);
        return file;
    }

    // A smooth gradient with a face-specific tint and an off-centre bright square, so turning a face would show.
    private static RgbImage Pattern(CubeFace face)
    {
        var image = new RgbImage(Size, Size);
        var tint = (int)face * 40;
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var square = x is > 40 and < 90 && y is > 60 and < 100;
                image[x, y] = square ? ((byte)255, (byte)255, (byte)255) : ((byte)(x * 200 / Size), (byte)(y * 200 / Size), (byte)tint);
            }
        }

        return image;
    }
}
