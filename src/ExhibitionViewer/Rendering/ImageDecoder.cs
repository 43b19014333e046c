using SkiaSharp;

namespace ExhibitionViewer.Rendering;

/// <summary>Decodes encoded images (JPEG, PNG, WebP) to RGBA with SkiaSharp; safe to call from any thread.</summary>
public static class ImageDecoder
{
    /// <summary>Decodes; throws <see cref="InvalidDataException"/> if the bytes are not a decodable image.</summary>
    public static DecodedImage Decode(byte[] encoded) => Decode(encoded, pooled: false);

    /// <summary>
    /// Decodes; with <paramref name="pooled"/> the pixels are rented from <see cref="PixelBuffers"/>: the caller returns
    /// them with <see cref="Return"/> once uploaded. With <paramref name="withMips"/> the buffer also holds the
    /// image's <see cref="MipChain"/>.
    /// </summary>
    public static unsafe DecodedImage Decode(byte[] encoded, bool pooled, bool withMips = false)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("not a decodable image");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var length = withMips ? MipChain.ChainBytes(info.Width, info.Height) : info.BytesSize;
        var pixels = pooled ? PixelBuffers.Rent(length) : new byte[length];
        fixed (byte* p = pixels)
        {
            var result = codec.GetPixels(info, (nint)p);
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                throw new InvalidDataException($"image decode failed: {result}");
            }
        }

        var image = new DecodedImage(info.Width, info.Height, pixels);
        return withMips ? MipChain.Fill(image) : image;
    }

    /// <summary>Gives the pixels of an image decoded with <c>pooled: true</c> back to the pool; the image must not be used afterwards.</summary>
    public static void Return(DecodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        PixelBuffers.Return(image.Rgba);
    }
}
