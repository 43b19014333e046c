using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Tiles;

/// <summary>One tile of a cube pyramid.</summary>
/// <param name="Level">Pyramid level, 0 the coarsest.</param>
/// <param name="Face">Cube face.</param>
/// <param name="X">Column from the face's left.</param>
/// <param name="Y">Row from the face's top.</param>
public readonly record struct TileKey(int Level, CubeFace Face, int X, int Y);
