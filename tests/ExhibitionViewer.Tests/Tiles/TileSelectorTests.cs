using Exhibition.Bundle.Model;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Tiles;

public sealed class TileSelectorTests
{
    // Face 4096: levels 512, 1024, 2048, 4096 with 1, 2, 4, 8 tiles per edge.
    private static readonly CubePyramid Pyramid = new()
    {
        FaceSize = 4096,
        TileSize = 512,
        LevelSizes = [512, 1024, 2048, 4096],
        TilePathTemplate = "t/{level}/{face}/{x}_{y}.jpg",
        PreviewPath = "p.jpg",
        PreviewFaceSize = 256,
    };

    [TestCase(1280, 90, 2)]   // needs 1280 texels per face edge -> 2048
    [TestCase(640, 90, 1)]    // needs 640 -> 1024
    [TestCase(1024, 90, 1)]   // exactly 1024 is enough
    [TestCase(1920, 30, 3)]   // needs 7166 -> capped at the finest
    [TestCase(400, 120, 0)]   // needs 231 -> the coarsest
    public void The_level_is_the_coarsest_with_enough_texels(int width, double hfov, int expected)
    {
        var projection = new ViewProjection(new ViewAngles(0, 0, hfov), width, width / 2);

        Assert.That(TileSelector.LevelFor(projection, Pyramid), Is.EqualTo(expected));
    }

    [Test]
    public void A_narrow_front_view_sees_only_the_central_front_tiles()
    {
        // Given a 20-degree view straight ahead (it spans tan(10°) = 0.18 of the half face)
        var projection = new ViewProjection(new ViewAngles(0, 0, 20), 400, 400);

        // When the finest level's visible tiles are listed
        var tiles = TileSelector.VisibleTiles(projection, Pyramid, 3);

        // Then they are the four front tiles round the face centre
        Assert.That(tiles, Is.EquivalentTo(new[]
        {
            new TileKey(3, CubeFace.Front, 3, 3), new TileKey(3, CubeFace.Front, 4, 3),
            new TileKey(3, CubeFace.Front, 3, 4), new TileKey(3, CubeFace.Front, 4, 4),
        }));
    }

    [Test]
    public void A_view_across_the_back_seam_sees_the_back_face_and_not_the_front()
    {
        var projection = new ViewProjection(new ViewAngles(180, 0, 60), 640, 360);

        var faces = TileSelector.VisibleTiles(projection, Pyramid, 0).Select(t => t.Face).ToList();

        Assert.That(faces, Is.EquivalentTo(new[] { CubeFace.Back }));
    }

    [Test]
    public void Looking_straight_up_sees_the_up_face_and_the_tops_of_the_four_sides()
    {
        var projection = new ViewProjection(new ViewAngles(0, 90, 120), 640, 640);

        var tiles = TileSelector.VisibleTiles(projection, Pyramid, 1);

        Assert.That(tiles.Select(t => t.Face).Distinct(), Is.EquivalentTo(Enum.GetValues<CubeFace>().Except([CubeFace.Down])));
        Assert.That(tiles.Where(t => t.Face != CubeFace.Up).Select(t => t.Y), Is.All.EqualTo(0));
        Assert.That(tiles.Count(t => t.Face == CubeFace.Up), Is.EqualTo(4));
    }

    [Test]
    public void Tiles_are_listed_nearest_the_view_centre_first()
    {
        var projection = new ViewProjection(new ViewAngles(45, 0, 100), 1280, 720);

        var tiles = TileSelector.VisibleTiles(projection, Pyramid, 2);

        // Yaw 45 looks at the shared edge of front and right, at the face's vertical middle
        Assert.That(tiles[0].Y, Is.AnyOf(1, 2));
        Assert.That(tiles[0], Is.AnyOf(new TileKey(2, CubeFace.Front, 3, tiles[0].Y), new TileKey(2, CubeFace.Right, 0, tiles[0].Y)));
    }

    [Test]
    public void Partial_edge_tiles_cover_only_the_rest_of_the_face()
    {
        var pyramid = Pyramid with { FaceSize = 1100, LevelSizes = [275, 550, 1100] };

        var (s0, _, s1, _) = TileQuad.FaceRect(pyramid, new TileKey(2, CubeFace.Left, 2, 0));

        Assert.That(pyramid.TilesPerEdge(2), Is.EqualTo(3));
        Assert.That(s0, Is.EqualTo(1024.0 / 1100).Within(1e-12));
        Assert.That(s1, Is.EqualTo(1.0));
    }
}
