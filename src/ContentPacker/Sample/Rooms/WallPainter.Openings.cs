using ContentPacker.Sample.Art;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

internal static partial class WallPainter
{
    private static void PaintDoorway(SKCanvas canvas, DoorwayItem d)
    {
        float u = (float)d.U, halfW = (float)(DoorwayItem.Width / 2), top = Height - (float)DoorwayItem.Height;
        var opening = new SKRect(u - halfW, top, u + halfW, Height);
        using (var surround = Ink.Fill(Palette.Navy)) canvas.DrawRect(new SKRect(opening.Left - 0.09f, top - 0.09f, opening.Right + 0.09f, Height), surround);
        using (var dark = Ink.Fill(Palette.NavyDeep)) canvas.DrawRect(opening, dark);
        var far = new SKRect(u - 0.36f, top + 0.75f, u + 0.36f, Height - 0.55f);
        using (var floor = Ink.Fill(Palette.Mix(Palette.NavyDeep, d.TargetAccent, 0.25f)))
        using (var path = new SKPathBuilder())
        {
            path.MoveTo(opening.Left, Height); path.LineTo(far.Left, far.Bottom); path.LineTo(far.Right, far.Bottom); path.LineTo(opening.Right, Height); path.Close();
            Ink.Path(canvas, path, floor);
        }

        using (var glow = Ink.Vertical(far, Palette.Mix(d.TargetAccent, Palette.OffWhite, 0.5f), d.TargetAccent)) canvas.DrawRect(far, glow);
        var sign = new SKRect(u - 1.25f, top - 0.78f, u + 1.25f, top - 0.2f);
        DropShadow(canvas, sign, 0.02f);
        using (var plate = Ink.Fill(Palette.Navy)) canvas.DrawRoundRect(sign, 0.06f, 0.06f, plate);
        using (var stripe = Ink.Fill(d.TargetAccent)) canvas.DrawRect(new SKRect(sign.Left, sign.Bottom - 0.07f, sign.Right, sign.Bottom), stripe);
        Ink.Text(canvas, d.Name.En, u, sign.Top + 0.24f, 0.17f, Palette.OffWhite, bold: true, maxWidth: 2.3f);
        Ink.Text(canvas, d.Name.Cy, u, sign.Top + 0.42f, 0.12f, Palette.Mix(d.TargetAccent, Palette.OffWhite, 0.35f), maxWidth: 2.3f);
    }

    private static void PaintScreen(SKCanvas canvas, ScreenItem s, SKColor wallColour)
    {
        float halfW = (float)(ScreenItem.Width / 2), halfH = (float)(ScreenItem.Height / 2);
        var screen = new SKRect((float)s.U - halfW, (float)s.V - halfH, (float)s.U + halfW, (float)s.V + halfH);
        DropShadow(canvas, screen, 0.03f);
        using (var bezel = Ink.Fill(new SKColor(0x05, 0x08, 0x10))) canvas.DrawRoundRect(Inflate(screen, 0.06f), 0.05f, 0.05f, bezel);
        using (var glass = Ink.Vertical(screen, Palette.Violet, Palette.Mix(Palette.Violet, Palette.NavyDeep, 0.7f))) canvas.DrawRect(screen, glass);
        var c = new SKPoint((float)s.U, (float)s.V);
        using (var ring = Ink.Fill(new SKColor(255, 255, 255, 60))) canvas.DrawCircle(c, 0.34f, ring);
        using (var play = Ink.Fill(Palette.OffWhite))
        using (var triangle = new SKPathBuilder())
        {
            triangle.MoveTo(c.X - 0.12f, c.Y - 0.2f); triangle.LineTo(c.X + 0.22f, c.Y); triangle.LineTo(c.X - 0.12f, c.Y + 0.2f); triangle.Close();
            Ink.Path(canvas, triangle, play);
        }

        Ink.Text(canvas, s.Caption.En, c.X, screen.Bottom + 0.3f, 0.15f, TextOn(wallColour), bold: true, maxWidth: 3f);
        Ink.Text(canvas, s.Caption.Cy, c.X, screen.Bottom + 0.5f, 0.11f, TextOn(wallColour), maxWidth: 3f);
    }

    private static SKRect Inflate(SKRect rect, float by) => new(rect.Left - by, rect.Top - by, rect.Right + by, rect.Bottom + by);
}
