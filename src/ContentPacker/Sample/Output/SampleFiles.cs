using System.Text;
using SkiaSharp;

namespace ContentPacker.Sample.Output;

/// <summary>Writes the sample's files: JPEG at quality 90, PNG, and UTF-8 text with LF line ends and no BOM.</summary>
internal static class SampleFiles
{
    public const int JpegQuality = 90;

    public static void SaveJpeg(SKBitmap bitmap, string file) => Save(bitmap, file, SKEncodedImageFormat.Jpeg, JpegQuality);

    public static void SavePng(SKBitmap bitmap, string file) => Save(bitmap, file, SKEncodedImageFormat.Png, 100);

    public static void SaveText(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void Save(SKBitmap bitmap, string file, SKEncodedImageFormat format, int quality)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var stream = File.Create(file);
        if (!bitmap.Encode(stream, format, quality))
        {
            throw new IOException($"Could not encode {file}.");
        }
    }
}
