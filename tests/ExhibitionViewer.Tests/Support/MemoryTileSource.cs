using Exhibition.Bundle.Model;
using ExhibitionViewer.Tiles;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Encoded tiles held in memory by entry path; counts reads. Thread-safe for reads.</summary>
internal sealed class MemoryTileSource(CubePyramid pyramid, IReadOnlyDictionary<string, byte[]> entries) : ITileSource
{
    private int reads;

    public CubePyramid Pyramid { get; } = pyramid;

    public IReadOnlyDictionary<string, byte[]> Entries { get; } = entries;

    public int Reads => Volatile.Read(ref reads);

    public byte[] ReadTile(int level, CubeFace face, int x, int y)
    {
        Interlocked.Increment(ref reads);
        return Entries.TryGetValue(Pyramid.TilePath(level, face, x, y), out var bytes)
            ? bytes
            : throw new FileNotFoundException($"no tile {level}/{face}/{x}_{y}");
    }

    public byte[] ReadPreview() => Entries[Pyramid.PreviewPath];
}
