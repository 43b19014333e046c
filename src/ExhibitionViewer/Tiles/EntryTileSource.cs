using Exhibition.Bundle.Model;
using ExhibitionViewer.App;

namespace ExhibitionViewer.Tiles;

/// <summary>Tiles read by entry path from exhibition content (a bundle, whose reads are hash-checked, or a folder).</summary>
public sealed class EntryTileSource : ITileSource
{
    private readonly IExhibitionContent content;

    /// <summary>Reads <paramref name="pyramid"/>'s tiles from <paramref name="content"/> (which stays owned by the caller).</summary>
    public EntryTileSource(IExhibitionContent content, CubePyramid pyramid)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(pyramid);
        this.content = content;
        Pyramid = pyramid;
    }

    /// <inheritdoc />
    public CubePyramid Pyramid { get; }

    /// <inheritdoc />
    public byte[] ReadTile(int level, CubeFace face, int x, int y) => content.ReadEntry(Pyramid.TilePath(level, face, x, y));

    /// <inheritdoc />
    public byte[] ReadPreview() => content.ReadEntry(Pyramid.PreviewPath);
}
