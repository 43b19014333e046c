namespace Exhibition.Bundle.Model;

/// <summary>
/// A panorama stored as six cube faces, each a pyramid of square JPEG tiles.
/// Level 0 is the coarsest (one tile per face); the last level has <see cref="FaceSize"/> pixels per face edge.
/// Tile (x, y) of a level covers pixels [x*TileSize, min((x+1)*TileSize, levelSize)) from the face's top-left.
/// </summary>
public sealed record CubePyramid
{
    /// <summary>Face edge in pixels at the finest level.</summary>
    public required int FaceSize { get; init; }

    /// <summary>Tile edge in pixels (512).</summary>
    public required int TileSize { get; init; }

    /// <summary>Face edge in pixels at each level, coarsest first; each is half the next, rounded up.</summary>
    public required IReadOnlyList<int> LevelSizes { get; init; }

    /// <summary>
    /// Entry path of a tile, with <c>{level}</c>, <c>{face}</c> (lower-case face name), <c>{x}</c> and <c>{y}</c> placeholders,
    /// e.g. <c>scenes/hall/tiles/{level}/{face}/{x}_{y}.jpg</c>.
    /// </summary>
    public required string TilePathTemplate { get; init; }

    /// <summary>Entry path of the always-resident preview: one JPEG strip of the six faces side by side in
    /// <see cref="CubeFace"/> order, each <see cref="PreviewFaceSize"/> pixels square.</summary>
    public required string PreviewPath { get; init; }

    /// <summary>Face edge of the preview strip in pixels.</summary>
    public required int PreviewFaceSize { get; init; }

    /// <summary>For a partial panorama, the part of the sphere the source covered; null for a full sphere.</summary>
    public PanoramaExtent? Extent { get; init; }

    /// <summary>Tiles per face edge at a level.</summary>
    public int TilesPerEdge(int level) => (LevelSizes[level] + TileSize - 1) / TileSize;

    /// <summary>The entry path of one tile.</summary>
    public string TilePath(int level, CubeFace face, int x, int y) => TilePathTemplate
        .Replace("{level}", level.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{face}", face.ToString().ToLowerInvariant(), StringComparison.Ordinal)
        .Replace("{x}", x.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{y}", y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
