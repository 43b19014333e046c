using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Tiles;

/// <summary>Tiles read from an open bundle; every read is hash-checked by the reader.</summary>
public sealed class BundleTileSource : ITileSource
{
    private readonly BundleReader reader;

    /// <summary>Reads <paramref name="pyramid"/>'s tiles from <paramref name="reader"/> (which stays owned by the caller).</summary>
    public BundleTileSource(BundleReader reader, CubePyramid pyramid)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(pyramid);
        this.reader = reader;
        Pyramid = pyramid;
    }

    /// <inheritdoc />
    public CubePyramid Pyramid { get; }

    /// <inheritdoc />
    public byte[] ReadTile(int level, CubeFace face, int x, int y) => reader.ReadEntry(Pyramid.TilePath(level, face, x, y));

    /// <inheritdoc />
    public byte[] ReadPreview() => reader.ReadEntry(Pyramid.PreviewPath);
}
