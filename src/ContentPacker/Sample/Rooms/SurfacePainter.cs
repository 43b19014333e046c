using ContentPacker.Sample.Art;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

/// <summary>Paints floor and ceiling in metres, x across and the other axis down the texture.</summary>
internal static class SurfacePainter
{
    private const float Size = (float)RoomGeometry.WallWidth;
    private const float Half = Size / 2;

    /// <summary>The floor seen from above, front wall at the top: tiles, a border and a compass medallion.</summary>
    public static SKBitmap Floor(SKColor accent) => Paint(canvas =>
    {
        canvas.Clear(new SKColor(0xC9, 0xC0, 0xB0));
        using var alt = Ink.Fill(new SKColor(0xBF, 0xB5, 0xA4));
        for (int i = 0; i < 10; i++)
        {
            for (int j = (i % 2); j < 10; j += 2) canvas.DrawRect(new SKRect(i, j, i + 1, j + 1), alt);
        }

        using (var grout = Ink.Stroke(new SKColor(0xA8, 0x9E, 0x8E), 0.015f))
        {
            for (int i = 1; i < 10; i++) { canvas.DrawLine(i, 0, i, Size, grout); canvas.DrawLine(0, i, Size, i, grout); }
        }

        using (var border = Ink.Stroke(Palette.Navy, 0.5f)) canvas.DrawRect(new SKRect(0.25f, 0.25f, Size - 0.25f, Size - 0.25f), border);
        using (var disc = Ink.Fill(Palette.Navy)) canvas.DrawCircle(Half, Half, 1.3f, disc);
        using (var ring = Ink.Stroke(accent, 0.08f)) canvas.DrawCircle(Half, Half, 1.15f, ring);
        using var needle = new SKPathBuilder();
        needle.MoveTo(Half, Half - 1.0f); needle.LineTo(Half + 0.22f, Half); needle.LineTo(Half - 0.22f, Half); needle.Close();
        using (var front = Ink.Fill(accent)) Ink.Path(canvas, needle, front);
        using var tail = new SKPathBuilder();
        tail.MoveTo(Half, Half + 1.0f); tail.LineTo(Half + 0.22f, Half); tail.LineTo(Half - 0.22f, Half); tail.Close();
        using (var back = Ink.Fill(Palette.OffWhite)) Ink.Path(canvas, tail, back);
        Ink.Text(canvas, "FRONT", Half, Half - 1.42f, 0.22f, Palette.Navy, bold: true);
    });

    /// <summary>The ceiling seen from below, front wall at the bottom: light panels around an accent ring.</summary>
    public static SKBitmap Ceiling(SKColor accent) => Paint(canvas =>
    {
        canvas.Clear(new SKColor(0xE4, 0xE0, 0xD8));
        using var glow = Ink.Fill(new SKColor(255, 253, 245));
        glow.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 0.06f);
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                if ((i is 1 or 2) && (j is 1 or 2)) continue;
                float x = 1.25f + (i * 2.5f) - 0.5f, y = 1.25f + (j * 2.5f) - 0.5f;
                canvas.DrawRect(new SKRect(x, y, x + 1, y + 1), glow);
            }
        }

        using (var ring = Ink.Stroke(accent, 0.18f)) canvas.DrawCircle(Half, Half, 1.6f, ring);
        using (var dome = Ink.Fill(new SKColor(250, 248, 240))) canvas.DrawCircle(Half, Half, 1.4f, dome);
    });

    private static SKBitmap Paint(Action<SKCanvas> draw)
    {
        int size = (int)(Size * RoomGeometry.FlatPixelsPerMetre);
        var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Scale(RoomGeometry.FlatPixelsPerMetre);
        draw(canvas);
        return bitmap;
    }
}
