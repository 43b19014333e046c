using SkiaSharp;

namespace ContentPacker.Sample.Art;

internal static partial class Illustrations
{
    private static void Microscope(SKCanvas canvas, SKRect grid)
    {
        using (var back = Ink.Vertical(grid, Palette.Mix(Palette.Teal, Palette.OffWhite, 0.75f), Palette.Mix(Palette.Teal, Palette.OffWhite, 0.45f))) canvas.DrawRect(grid, back);
        using (var cell = Ink.Stroke(Palette.Mix(Palette.Teal, Palette.OffWhite, 0.2f), 4))
        {
            canvas.DrawCircle(58, 60, 26, cell);
            canvas.DrawCircle(40, 130, 18, cell);
            canvas.DrawCircle(250, 150, 22, cell);
        }

        using (var nucleus = Ink.Fill(Palette.Teal)) { canvas.DrawCircle(62, 56, 8, nucleus); canvas.DrawCircle(252, 146, 7, nucleus); }
        using var navy = Ink.Fill(Palette.Navy);
        canvas.DrawRoundRect(new SKRect(95, 178, 225, 194), 6, 6, navy);
        using (var arm = Ink.Stroke(Palette.Navy, 18)) canvas.DrawArc(new SKRect(150, 60, 230, 190), -90, 160, false, arm);
        canvas.Save();
        canvas.RotateDegrees(-25, 150, 90);
        canvas.DrawRoundRect(new SKRect(132, 30, 168, 120), 6, 6, navy);
        using (var eyepiece = Ink.Fill(Palette.Mix(Palette.Navy, Palette.OffWhite, 0.3f))) canvas.DrawRoundRect(new SKRect(138, 12, 162, 34), 4, 4, eyepiece);
        canvas.DrawRect(new SKRect(143, 118, 157, 136), navy);
        canvas.Restore();
        canvas.DrawRoundRect(new SKRect(100, 146, 200, 156), 3, 3, navy);
        using (var slide = Ink.Fill(Palette.OffWhite)) canvas.DrawRect(new SKRect(150, 141, 196, 146), slide);
        using (var light = Ink.Fill(Palette.Yellow)) canvas.DrawCircle(172, 168, 6, light);
    }

    private static void HeartMonitor(SKCanvas canvas, SKRect grid)
    {
        using (var back = Ink.Fill(Palette.Mix(Palette.Teal, Palette.OffWhite, 0.6f))) canvas.DrawRect(grid, back);
        var screen = new SKRect(26, 26, 274, 184);
        using (var bezel = Ink.Fill(Palette.Navy)) canvas.DrawRoundRect(screen, 14, 14, bezel);
        using (var gridLine = Ink.Stroke(Palette.Mix(Palette.Navy, Palette.Teal, 0.3f), 1))
        {
            for (float x = 42; x < 270; x += 24) canvas.DrawLine(x, 36, x, 174, gridLine);
            for (float y = 42; y < 180; y += 24) canvas.DrawLine(36, y, 264, y, gridLine);
        }

        float[] trace = [0, 0, 0, -4, 4, 0, 0, -60, 40, -8, 0, 0, -10, 0, 0];
        using var path = new SKPathBuilder();
        path.MoveTo(36, 118);
        for (int beat = 0; beat < 2; beat++)
        {
            for (int i = 0; i < trace.Length; i++)
            {
                path.LineTo(36 + (beat * 112) + (i * 8), 118 + trace[i]);
            }
        }

        path.LineTo(264, 118);
        using (var line = Ink.Stroke(new SKColor(0x6E, 0xF0, 0xB8), 5)) Ink.Path(canvas, path, line);
        using var heart = new SKPathBuilder();
        heart.MoveTo(236, 76);
        heart.CubicTo(210, 58, 214, 36, 228, 38);
        heart.CubicTo(234, 39, 236, 44, 236, 46);
        heart.CubicTo(236, 44, 238, 39, 244, 38);
        heart.CubicTo(258, 36, 262, 58, 236, 76);
        using (var red = Ink.Fill(Palette.Red)) Ink.Path(canvas, heart, red);
        Ink.Text(canvas, "72 BPM", 52, 66, 22, Palette.OffWhite, bold: true, align: SKTextAlign.Left);
    }
}
