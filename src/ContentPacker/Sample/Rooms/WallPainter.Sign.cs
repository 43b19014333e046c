using ContentPacker.Sample.Art;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

internal static partial class WallPainter
{
    private const float MarkerV = 3.6f;

    private static void PaintSign(SKCanvas canvas, RoomPlan room)
    {
        Ink.Text(canvas, room.Sign.En, Width / 2, 0.86f, 0.44f, Palette.OffWhite, bold: true, maxWidth: 9.2f);
        Ink.Text(canvas, room.Sign.Cy, Width / 2, 1.2f, 0.23f, Palette.Mix(room.Accent, Palette.OffWhite, 0.25f), maxWidth: 9.2f);
    }

    /// <summary>A FRONT/RIGHT/BACK/LEFT plate low on the wall: a mirrored or turned panorama shows at once.</summary>
    private static void PaintMarker(SKCanvas canvas, Wall wall, SKColor wallColour, SKColor accent)
    {
        bool dark = IsDark(wallColour);
        var plate = new SKRect((Width / 2) - 0.6f, MarkerV - 0.17f, (Width / 2) + 0.6f, MarkerV + 0.17f);
        using var fill = Ink.Fill(dark ? Palette.OffWhite : Palette.Navy);
        canvas.DrawRoundRect(plate, 0.17f, 0.17f, fill);
        using var dot = Ink.Fill(accent);
        canvas.DrawCircle(plate.Left + 0.17f, MarkerV, 0.07f, dot);
        Ink.Text(canvas, wall.ToString().ToUpperInvariant(), (Width / 2) + 0.08f, MarkerV + 0.065f, 0.18f,
            dark ? Palette.Navy : Palette.OffWhite, bold: true);
    }

    private static bool IsDark(SKColor colour) => (colour.Red * 0.3) + (colour.Green * 0.59) + (colour.Blue * 0.11) < 128;

    private static SKColor TextOn(SKColor wallColour) => IsDark(wallColour) ? Palette.OffWhite : Palette.Ink;
}
