using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>Reads a written pyramid back: one level of one face reassembled from its tiles.</summary>
internal static class PyramidFiles
{
    /// <summary>Maps an entry path (with the pyramid's prefix) to the file under the output folder.</summary>
    public static string File(string outputDir, string prefix, string entryPath)
    {
        Assert.That(entryPath, Does.StartWith(prefix));
        return Path.Combine(outputDir, entryPath[prefix.Length..]);
    }

    public static RgbImage Face(string outputDir, string prefix, CubePyramid pyramid, int level, CubeFace face)
    {
        var size = pyramid.LevelSizes[level];
        var result = new RgbImage(size, size);
        var tiles = pyramid.TilesPerEdge(level);
        for (var ty = 0; ty < tiles; ty++)
        {
            for (var tx = 0; tx < tiles; tx++)
            {
                var tile = RgbImage.Load(File(outputDir, prefix, pyramid.TilePath(level, face, tx, ty)));
                var left = tx * pyramid.TileSize;
                var top = ty * pyramid.TileSize;
                Assert.That((tile.Width, tile.Height), Is.EqualTo((Math.Min(pyramid.TileSize, size - left), Math.Min(pyramid.TileSize, size - top))));
                for (var y = 0; y < tile.Height; y++)
                {
                    Array.Copy(tile.Pixels, y * tile.Width * 3, result.Pixels, (((top + y) * size) + left) * 3, tile.Width * 3);
                }
            }
        }

        return result;
    }
}
