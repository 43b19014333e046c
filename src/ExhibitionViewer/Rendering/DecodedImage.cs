namespace ExhibitionViewer.Rendering;

/// <summary>Decoded pixels, RGBA 8 bits per channel, rows top to bottom.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Rgba">Width × Height × 4 bytes (at least: a pooled buffer may be longer), then any mipmap levels.</param>
public sealed record DecodedImage(int Width, int Height, byte[] Rgba)
{
    /// <summary>Mipmap levels stored after the base level in <see cref="Rgba"/> (see <see cref="MipChain"/>); 0 when none.</summary>
    public int MipLevels { get; init; }

    /// <summary>A copy of a rectangle of this image (its base level), with its own mipmaps when <paramref name="withMips"/>.</summary>
    public DecodedImage Crop(int x, int y, int width, int height, bool withMips = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(x + width, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(y + height, Height);
        var pixels = new byte[withMips ? MipChain.ChainBytes(width, height) : width * height * 4];
        for (var row = 0; row < height; row++)
        {
            Array.Copy(Rgba, ((y + row) * Width + x) * 4, pixels, row * width * 4, width * 4);
        }

        var copy = new DecodedImage(width, height, pixels);
        return withMips ? MipChain.Fill(copy) : copy;
    }
}
