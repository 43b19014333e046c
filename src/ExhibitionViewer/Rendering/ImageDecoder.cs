using SkiaSharp;

namespace ExhibitionViewer.Rendering;

/// <summary>Decodes encoded images (JPEG, PNG, WebP) to RGBA with SkiaSharp; safe to call from any thread.</summary>
public static class ImageDecoder
{
    /// <summary>Decodes; throws <see cref="InvalidDataException"/> if the bytes are not a decodable image.</summary>
    public static unsafe DecodedImage Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("not a decodable image");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new byte[info.BytesSize];
        fixed (byte* p = pixels)
        {
            var result = codec.GetPixels(info, (nint)p);
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                throw new InvalidDataException($"image decode failed: {result}");
            }
        }

        return new DecodedImage(info.Width, info.Height, pixels);
    }
}
