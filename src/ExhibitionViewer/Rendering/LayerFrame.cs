namespace ExhibitionViewer.Rendering;

/// <summary>What one frame of a <see cref="CubeTileLayer"/> showed.</summary>
/// <param name="Level">The pyramid level the view needs.</param>
/// <param name="VisibleTiles">Tiles of that level in view.</param>
/// <param name="MissingTiles">Of those, how many are not resident yet (failed tiles are not counted).</param>
/// <param name="Uploaded">Textures uploaded this frame.</param>
public readonly record struct LayerFrame(int Level, int VisibleTiles, int MissingTiles, int Uploaded)
{
    /// <summary>Whether everything the view needs is on screen at the needed level.</summary>
    public bool IsComplete => MissingTiles == 0;
}
