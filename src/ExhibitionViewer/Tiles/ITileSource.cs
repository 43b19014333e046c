using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Tiles;

/// <summary>Where a panorama's encoded tiles come from; implementations must allow concurrent reads.</summary>
public interface ITileSource
{
    /// <summary>The pyramid's layout.</summary>
    CubePyramid Pyramid { get; }

    /// <summary>The encoded (JPEG) bytes of one tile.</summary>
    byte[] ReadTile(int level, CubeFace face, int x, int y);

    /// <summary>The encoded preview strip: six faces side by side in <see cref="CubeFace"/> order.</summary>
    byte[] ReadPreview();
}
