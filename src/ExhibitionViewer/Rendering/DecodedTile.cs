using ExhibitionViewer.Tiles;

namespace ExhibitionViewer.Rendering;

/// <summary>A tile the loader finished: its pixels, or the reason it could not be read or decoded.</summary>
/// <param name="Key">Which tile.</param>
/// <param name="Image">The pixels, or null on failure.</param>
/// <param name="Error">Why it failed, or null.</param>
public sealed record DecodedTile(TileKey Key, DecodedImage? Image, Exception? Error);
