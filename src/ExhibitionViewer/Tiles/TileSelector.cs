using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tiles;

/// <summary>Chooses the pyramid level a view needs and the tiles of a level that the view can see.</summary>
public static class TileSelector
{
    /// <summary>
    /// The coarsest level whose texel density at a face centre (levelSize / 2 texels per radian) is at least the
    /// screen's pixel density at its centre; the finest level if none is.
    /// </summary>
    public static int LevelFor(ViewProjection projection, CubePyramid pyramid)
    {
        ArgumentNullException.ThrowIfNull(pyramid);
        var needed = 2 * projection.PixelsPerRadianAtCentre;
        for (var level = 0; level < pyramid.LevelSizes.Count; level++)
        {
            if (pyramid.LevelSizes[level] >= needed - 1e-6)
            {
                return level;
            }
        }

        return pyramid.LevelSizes.Count - 1;
    }

    /// <summary>The tiles of <paramref name="level"/> inside the view, nearest the view centre first.</summary>
    public static IReadOnlyList<TileKey> VisibleTiles(ViewProjection projection, CubePyramid pyramid, int level)
    {
        ArgumentNullException.ThrowIfNull(pyramid);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, pyramid.LevelSizes.Count);
        var frustum = new ViewFrustum(projection);
        var visible = new List<(TileKey Key, double Closeness)>();
        Span<Vec3> corners = stackalloc Vec3[4];
        var perEdge = pyramid.TilesPerEdge(level);
        foreach (var face in Enum.GetValues<CubeFace>())
        {
            for (var y = 0; y < perEdge; y++)
            {
                for (var x = 0; x < perEdge; x++)
                {
                    var key = new TileKey(level, face, x, y);
                    TileQuad.Corners(pyramid, key, corners);
                    if (frustum.Intersects(corners))
                    {
                        var centre = (corners[0] + corners[2]) * 0.5;
                        visible.Add((key, centre.Normalized().Dot(projection.Forward)));
                    }
                }
            }
        }

        return [.. visible.OrderByDescending(v => v.Closeness).Select(v => v.Key)];
    }
}
