using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tiles;

/// <summary>
/// The exact place of a tile on the unit cube. Each tile is drawn as its own quad over exactly the face area its
/// pixels cover, with texture coordinates 0..1 and clamp-to-edge sampling. Neighbouring tiles (and faces) compute
/// shared corners from the same integer pixel edges, so their quads meet without cracks (GL's rasterisation rules
/// then cover every pixel once). A half-texel inset would instead need overlapping tiles, which the pyramid format
/// does not have; with clamping the outermost half texel repeats the edge texel, which is not visible at the level
/// the screen needs, and the preview drawn underneath covers any pixel a T-junction between levels might leave.
/// </summary>
public static class TileQuad
{
    /// <summary>The face-coordinate rectangle (s0, t0, s1, t1) a tile covers, each 0..1.</summary>
    public static (double S0, double T0, double S1, double T1) FaceRect(CubePyramid pyramid, TileKey key)
    {
        ArgumentNullException.ThrowIfNull(pyramid);
        double size = pyramid.LevelSizes[key.Level];
        var tile = pyramid.TileSize;
        return (key.X * tile / size, key.Y * tile / size,
            Math.Min((key.X + 1) * tile, size) / size, Math.Min((key.Y + 1) * tile, size) / size);
    }

    /// <summary>Writes the tile's corners: top-left, top-right, bottom-right, bottom-left.</summary>
    public static void Corners(CubePyramid pyramid, TileKey key, Span<Vec3> corners)
    {
        var (s0, t0, s1, t1) = FaceRect(pyramid, key);
        corners[0] = CubeGeometry.FacePoint(key.Face, s0, t0);
        corners[1] = CubeGeometry.FacePoint(key.Face, s1, t0);
        corners[2] = CubeGeometry.FacePoint(key.Face, s1, t1);
        corners[3] = CubeGeometry.FacePoint(key.Face, s0, t1);
    }
}
