using SkiaSharp;

namespace ExhibitionViewer.Rendering;

/// <summary>Writes decoded pixels as PNG with SkiaSharp.</summary>
public static class ImageEncoder
{
    /// <summary>Encodes <paramref name="image"/> as PNG to <paramref name="path"/>, replacing any existing file.</summary>
    public static unsafe void WritePng(DecodedImage image, string path)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        fixed (byte* p = image.Rgba)
        {
            using var pixmap = new SKPixmap(info, (nint)p, image.Width * 4);
            using var data = pixmap.Encode(SKEncodedImageFormat.Png, 100)
                ?? throw new InvalidOperationException("PNG encoding failed");
            using var file = File.Create(path);
            data.SaveTo(file);
        }
    }
}
