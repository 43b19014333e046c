using SkiaSharp;

namespace ContentPacker.Sample.Art;

internal static partial class Illustrations
{
    private static void GameController(SKCanvas canvas, SKRect grid)
    {
        using (var back = Ink.Vertical(grid, Palette.Violet, Palette.Mix(Palette.Violet, Palette.Navy, 0.6f))) canvas.DrawRect(grid, back);
        using (var dots = Ink.Fill(Palette.Mix(Palette.Violet, Palette.OffWhite, 0.25f)))
        {
            for (int i = 0; i < 9; i++) canvas.DrawCircle(20 + (i * 34), 22 + ((i % 3) * 8), 3, dots);
        }

        using var body = new SKPathBuilder();
        body.AddRoundRect(new SKRoundRect(new SKRect(62, 70, 238, 142), 36), SKPathDirection.Clockwise);
        body.AddCircle(96, 140, 38, SKPathDirection.Clockwise);
        body.AddCircle(204, 140, 38, SKPathDirection.Clockwise);
        using (var shadow = Ink.Fill(Palette.Mix(Palette.Navy, Palette.Violet, 0.3f))) { canvas.Save(); canvas.Translate(4, 6); Ink.Path(canvas, body, shadow); canvas.Restore(); }
        using (var white = Ink.Fill(Palette.OffWhite)) Ink.Path(canvas, body, white);
        using var navy = Ink.Fill(Palette.Navy);
        canvas.DrawRect(new SKRect(84, 100, 120, 112), navy);
        canvas.DrawRect(new SKRect(96, 88, 108, 124), navy);
        (SKColor Colour, float X, float Y)[] buttons =
            [(Palette.Yellow, 204, 90), (Palette.Teal, 188, 106), (Palette.Red, 220, 106), (Palette.Sky, 204, 122)];
        foreach (var (colour, x, y) in buttons)
        {
            using var paint = Ink.Fill(colour);
            canvas.DrawCircle(x, y, 8, paint);
        }

        canvas.DrawCircle(132, 140, 13, navy);
        canvas.DrawCircle(168, 140, 13, navy);
    }

    private static void BroadcastCamera(SKCanvas canvas, SKRect grid)
    {
        using (var back = Ink.Vertical(grid, Palette.Navy, Palette.NavyDeep)) canvas.DrawRect(grid, back);
        using (var beam = Ink.Fill(new SKColor(255, 255, 255, 28)))
        using (var cone = new SKPathBuilder())
        {
            cone.MoveTo(150, 0); cone.LineTo(60, 210); cone.LineTo(250, 210); cone.Close();
            Ink.Path(canvas, cone, beam);
        }

        using (var legs = Ink.Stroke(Palette.Mix(Palette.Navy, Palette.OffWhite, 0.5f), 6))
        {
            canvas.DrawLine(140, 140, 100, 200, legs);
            canvas.DrawLine(140, 140, 180, 200, legs);
            canvas.DrawLine(140, 140, 140, 204, legs);
        }

        using (var bodyPaint = Ink.Fill(Palette.OffWhite)) canvas.DrawRoundRect(new SKRect(86, 76, 196, 140), 10, 10, bodyPaint);
        using (var lens = Ink.Fill(Palette.Mix(Palette.Navy, Palette.OffWhite, 0.15f))) canvas.DrawRoundRect(new SKRect(192, 86, 252, 130), 6, 6, lens);
        using (var ring = Ink.Fill(Palette.Violet)) canvas.DrawRect(new SKRect(214, 84, 222, 132), ring);
        using (var finder = Ink.Fill(Palette.Mix(Palette.OffWhite, Palette.Navy, 0.3f))) canvas.DrawRoundRect(new SKRect(100, 52, 150, 78), 5, 5, finder);
        using (var tally = Ink.Fill(Palette.Red)) canvas.DrawCircle(180, 92, 7, tally);
        using (var sign = Ink.Fill(Palette.Red)) canvas.DrawRoundRect(new SKRect(18, 18, 110, 48), 8, 8, sign);
        Ink.Text(canvas, "ON AIR", 64, 41, 19, Palette.OffWhite, bold: true);
    }
}
