using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// Writes one face's tile pyramid with <c>dzsave</c> (DeepZoom layout, no overlap, down to one tile). DeepZoom's levels
/// halve rounding up and name tiles <c>{x}_{y}</c>, as ours do; only its level numbers differ (it counts from a 1-pixel
/// level), so each level folder is moved to <c>tiles/{level}/{face}</c>.
/// </summary>
internal static class FacePyramidWriter
{
    /// <summary>Writes the tiles of <paramref name="face"/> under <paramref name="outputDir"/>.</summary>
    public static void Write(Image image, CubeFace face, string outputDir, IReadOnlyList<int> levelSizes, TilingOptions options)
    {
        var scratch = Path.Combine(outputDir, $".dz-{face.ToString().ToLowerInvariant()}");
        Directory.CreateDirectory(scratch);
        try
        {
            image.Dzsave(Path.Combine(scratch, "face"), layout: Enums.ForeignDzLayout.Dz, suffix: $".jpg[Q={options.JpegQuality},strip]",
                overlap: 0, tileSize: options.TileSize, depth: Enums.ForeignDzDepth.Onetile);
            MoveLevels(Path.Combine(scratch, "face_files"), face, outputDir, levelSizes);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static void MoveLevels(string dzFiles, CubeFace face, string outputDir, IReadOnlyList<int> levelSizes)
    {
        var dzLevels = Directory.GetDirectories(dzFiles)
            .Select(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
        if (dzLevels.Length != levelSizes.Count)
        {
            throw new InvalidOperationException($"dzsave wrote {dzLevels.Length} levels for a face, expected {levelSizes.Count}.");
        }

        for (var level = 0; level < dzLevels.Length; level++)
        {
            var target = Path.Combine(outputDir, "tiles", level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                face.ToString().ToLowerInvariant());
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Directory.Move(Path.Combine(dzFiles, dzLevels[level].ToString(System.Globalization.CultureInfo.InvariantCulture)), target);
        }
    }
}
