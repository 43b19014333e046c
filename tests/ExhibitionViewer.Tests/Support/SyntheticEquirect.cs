using ExhibitionViewer.Rendering;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Support;

/// <summary>
/// A test panorama: a colour per 45° of yaw, lighter towards the top, a 15° grid and text labels, so orientation,
/// mirroring and seams all show.
/// </summary>
internal static class SyntheticEquirect
{
    private static readonly SKColor[] SectorColours =
    [
        new(200, 60, 60), new(200, 140, 50), new(190, 190, 60), new(80, 180, 80),
        new(60, 170, 170), new(60, 100, 200), new(130, 80, 200), new(200, 70, 160),
    ];

    public static DecodedImage Create(int width)
    {
        var height = width / 2;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            DrawSectors(canvas, width, height);
            DrawGrid(canvas, width, height);
            DrawLabels(canvas, width, height);
        }

        return new DecodedImage(width, height, bitmap.Bytes);
    }

    private static void DrawSectors(SKCanvas canvas, int width, int height)
    {
        using var paint = new SKPaint();
        for (var i = 0; i < 8; i++)
        {
            float x0 = i * width / 8f, x1 = (i + 1) * width / 8f;
            var c = SectorColours[i];
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                [new SKColor((byte)((c.Red + 255) / 2), (byte)((c.Green + 255) / 2), (byte)((c.Blue + 255) / 2)), c, new SKColor((byte)(c.Red / 3), (byte)(c.Green / 3), (byte)(c.Blue / 3))],
                SKShaderTileMode.Clamp);
            canvas.DrawRect(x0, 0, x1 - x0, height, paint);
        }
    }

    private static void DrawGrid(SKCanvas canvas, int width, int height)
    {
        using var paint = new SKPaint { Color = SKColors.White, StrokeWidth = Math.Max(2, width / 1024f), IsAntialias = true };
        for (var yaw = -180; yaw < 180; yaw += 15)
        {
            var x = (yaw + 180) / 360f * width;
            canvas.DrawLine(x, 0, x, height, paint);
        }

        for (var pitch = -75; pitch <= 75; pitch += 15)
        {
            var y = (90 - pitch) / 180f * height;
            canvas.DrawLine(0, y, width, y, paint);
        }
    }

    private static void DrawLabels(SKCanvas canvas, int width, int height)
    {
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var font = new SKFont(SKTypeface.Default, width / 40f);
        using var big = new SKFont(SKTypeface.Default, width / 16f);
        for (var yaw = -180; yaw < 180; yaw += 45)
        {
            for (var pitch = -60; pitch <= 60; pitch += 30)
            {
                var x = (yaw + 180 + 2) / 360f * width;
                var y = (90 - pitch - 2) / 180f * height;
                canvas.DrawText($"Y{yaw} P{pitch}", x, y, SKTextAlign.Left, font, paint);
            }
        }

        string[] names = ["BACK", "LEFT", "FRONT", "RIGHT", "BACK"];
        for (var i = 0; i < names.Length; i++)
        {
            canvas.DrawText(names[i], i * width / 4f, height * 0.42f, SKTextAlign.Center, big, paint);
        }
    }
}
