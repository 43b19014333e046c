namespace ContentPacker.Media.Panorama;

/// <summary>Settings of the cube tiling; they are part of the derived-media cache key.</summary>
/// <param name="JpegQuality">Tile JPEG quality, 1..100.</param>
/// <param name="TileSize">Tile edge in pixels.</param>
/// <param name="PreviewFaceSize">Face edge of the preview strip.</param>
public sealed record TilingOptions(int JpegQuality = 85, int TileSize = 512, int PreviewFaceSize = 256);
