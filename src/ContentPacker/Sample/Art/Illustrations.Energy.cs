using SkiaSharp;

namespace ContentPacker.Sample.Art;

internal static partial class Illustrations
{
    private static void JetEngine(SKCanvas canvas, SKRect grid)
    {
        using (var sky = Ink.Vertical(grid, Palette.Sky, Palette.Mix(Palette.Sky, Palette.OffWhite, 0.7f))) canvas.DrawRect(grid, sky);
        var centre = new SKPoint(150, 105);
        using (var nacelle = Ink.Fill(Palette.Navy)) canvas.DrawCircle(centre, 92, nacelle);
        using (var lip = Ink.Stroke(Palette.Mix(Palette.Navy, Palette.OffWhite, 0.35f), 6)) canvas.DrawCircle(centre, 86, lip);
        using (var inside = Ink.Fill(Palette.NavyDeep)) canvas.DrawCircle(centre, 80, inside);
        using var blade = Ink.Fill(Palette.Mix(Palette.OffWhite, Palette.Sky, 0.25f));
        for (int i = 0; i < 18; i++)
        {
            canvas.Save();
            canvas.RotateDegrees(i * 20, centre.X, centre.Y);
            using var path = new SKPathBuilder();
            path.MoveTo(centre.X - 4, centre.Y - 16);
            path.QuadTo(centre.X + 14, centre.Y - 50, centre.X + 4, centre.Y - 78);
            path.LineTo(centre.X + 16, centre.Y - 76);
            path.QuadTo(centre.X + 22, centre.Y - 44, centre.X + 6, centre.Y - 16);
            path.Close();
            Ink.Path(canvas, path, blade);
            canvas.Restore();
        }

        using (var spinner = Ink.Fill(Palette.OffWhite)) canvas.DrawCircle(centre, 20, spinner);
        using (var swirl = Ink.Stroke(Palette.Orange, 5)) canvas.DrawArc(new SKRect(136, 91, 164, 119), 200, 200, false, swirl);
    }

    private static void WindTurbine(SKCanvas canvas, SKRect grid)
    {
        using (var sky = Ink.Vertical(grid, Palette.Mix(Palette.Sky, Palette.Navy, 0.2f), Palette.Mix(Palette.Sky, Palette.OffWhite, 0.75f))) canvas.DrawRect(grid, sky);
        using (var sun = Ink.Fill(Palette.Yellow)) canvas.DrawCircle(245, 48, 22, sun);
        using (var hill = Ink.Fill(Palette.Mix(Palette.Teal, Palette.Navy, 0.35f))) canvas.DrawOval(new SKRect(-60, 165, 220, 290), hill);
        using (var near = Ink.Fill(Palette.Teal)) canvas.DrawOval(new SKRect(90, 175, 380, 300), near);
        Turbine(canvas, new SKPoint(70, 118), 0.45f, 20);
        Turbine(canvas, new SKPoint(170, 62), 1f, 8);
    }

    private static void Turbine(SKCanvas canvas, SKPoint hub, float scale, float spin)
    {
        using var white = Ink.Fill(Palette.OffWhite);
        using var tower = new SKPathBuilder();
        tower.MoveTo(hub.X - (3 * scale), hub.Y);
        tower.LineTo(hub.X + (3 * scale), hub.Y);
        tower.LineTo(hub.X + (7 * scale), hub.Y + (150 * scale));
        tower.LineTo(hub.X - (7 * scale), hub.Y + (150 * scale));
        tower.Close();
        Ink.Path(canvas, tower, white);
        for (int i = 0; i < 3; i++)
        {
            canvas.Save();
            canvas.RotateDegrees(spin + (i * 120), hub.X, hub.Y);
            canvas.DrawRoundRect(new SKRect(hub.X - (5 * scale), hub.Y - (78 * scale), hub.X + (5 * scale), hub.Y), 5 * scale, 5 * scale, white);
            canvas.Restore();
        }

        using var cap = Ink.Fill(Palette.Orange);
        canvas.DrawCircle(hub, 8 * scale, cap);
    }
}
