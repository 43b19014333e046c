using Exhibition.Bundle.Model;

namespace ContentPacker.Media.Panorama;

/// <summary>Where the tiler writes files on disk, and the matching entry paths recorded in the pyramid.</summary>
internal sealed record CubePyramidPaths(string EntryPrefix)
{
    /// <summary>Tile path template relative to the output folder.</summary>
    public const string TileTemplate = "tiles/{level}/{face}/{x}_{y}.jpg";

    /// <summary>Preview file name relative to the output folder.</summary>
    public const string PreviewFile = "preview.jpg";

    /// <summary>The single level-0 tile of a face on disk.</summary>
    public string CoarsestTile(string outputDir, CubeFace face) =>
        Path.Combine(outputDir, "tiles", "0", face.ToString().ToLowerInvariant(), "0_0.jpg");

    /// <summary>The pyramid record with entry paths under <see cref="EntryPrefix"/>.</summary>
    public CubePyramid Pyramid(int faceSize, IReadOnlyList<int> levelSizes, TilingOptions options, PanoramaExtent? extent) => new()
    {
        FaceSize = faceSize,
        TileSize = options.TileSize,
        LevelSizes = levelSizes,
        TilePathTemplate = EntryPrefix + TileTemplate,
        PreviewPath = EntryPrefix + PreviewFile,
        PreviewFaceSize = options.PreviewFaceSize,
        Extent = extent,
    };
}
