using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Overlay.Support;

/// <summary>Paints overlay scenes onto bitmaps and saves them when VIEWER_TEST_OUTPUT names a folder.</summary>
internal static class OverlayBitmaps
{
    public static SKBitmap Paint(OverlayPainter painter, OverlayScene scene, int width = 1920, int height = 1080)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using var canvas = new SKCanvas(bitmap);
        painter.Paint(canvas, scene, width, height);
        return bitmap;
    }

    /// <summary>The overlay composited over a flat background colour, as a visitor would see it over a plain view.</summary>
    public static SKBitmap OverBackground(SKBitmap overlay, SKColor background)
    {
        var result = new SKBitmap(new SKImageInfo(overlay.Width, overlay.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.Clear(background);
        canvas.DrawBitmap(overlay, 0, 0, SKSamplingOptions.Default, null);
        return result;
    }

    /// <summary>Pixels in a row band that look like off-white text (bright and warm), used to find lines of text.</summary>
    public static int[] BrightPixelsPerRow(SKBitmap bitmap, SKRectI area)
    {
        var rows = new int[area.Height];
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Alpha > 200 && c.Red > 150 && c.Green > 150)
                {
                    rows[y - area.Top]++;
                }
            }
        }

        return rows;
    }

    /// <summary>Runs of consecutive rows that contain text pixels: one per line of text.</summary>
    public static int TextRows(int[] perRow)
    {
        var count = 0;
        for (var i = 0; i < perRow.Length; i++)
        {
            if (perRow[i] > 0 && (i == 0 || perRow[i - 1] == 0))
            {
                count++;
            }
        }

        return count;
    }

    public static void Save(SKBitmap bitmap, string name)
    {
        var folder = Environment.GetEnvironmentVariable("VIEWER_TEST_OUTPUT");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            using var file = File.Create(Path.Combine(folder, name));
            data.SaveTo(file);
        }
    }

    public static byte[] Jpeg(SKBitmap bitmap, int quality = 85)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }
}
