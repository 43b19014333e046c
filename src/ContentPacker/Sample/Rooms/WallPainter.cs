using ContentPacker.Sample.Art;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

/// <summary>Paints one wall of a room with SkiaSharp, in wall metres (the canvas is scaled to texture pixels).</summary>
internal static partial class WallPainter
{
    private const float Width = (float)RoomGeometry.WallWidth;
    private const float Height = (float)RoomGeometry.WallHeight;

    public static SKBitmap Paint(RoomPlan room, Wall wall)
    {
        int ppm = RoomGeometry.PixelsPerMetre;
        var bitmap = new SKBitmap(new SKImageInfo((int)(Width * ppm), (int)(Height * ppm), SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Scale(ppm);
        var colour = WallColour(room, wall);
        canvas.Clear(colour);
        PaintTrim(canvas, room, wall);
        var items = room.Items.Where(i => i.Wall == wall).ToList();
        foreach (var item in items.Where(i => i is not DoorwayItem and not NoticeItem))
        {
            PaintSpotlight(canvas, item.U);
        }

        if (wall == Wall.Front)
        {
            PaintSign(canvas, room);
        }

        foreach (var item in items)
        {
            PaintItem(canvas, item, room, colour);
        }

        PaintMarker(canvas, wall, colour, room.Accent);
        return bitmap;
    }

    /// <summary>Each wall a distinctly different colour, so a turned or mirrored panorama is obvious at a glance.</summary>
    internal static SKColor WallColour(RoomPlan room, Wall wall) => wall switch
    {
        Wall.Front => Palette.Navy,
        Wall.Right => Palette.WarmWall,
        Wall.Back => Palette.Mix(Palette.OffWhite, room.Accent, 0.38f),
        _ => Palette.CoolWall,
    };

    private static void PaintTrim(SKCanvas canvas, RoomPlan room, Wall wall)
    {
        using var accent = Ink.Fill(room.Accent);
        canvas.DrawRect(new SKRect(0, 0.22f, Width, 0.28f), accent);
        using var skirting = Ink.Fill(wall == Wall.Front ? room.Accent : Palette.Navy);
        canvas.DrawRect(new SKRect(0, Height - 0.16f, Width, Height), skirting);
    }

    private static void PaintSpotlight(SKCanvas canvas, double u)
    {
        var centre = new SKPoint((float)u, 0.9f);
        using var light = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateRadialGradient(centre, 1.9f, [new SKColor(255, 250, 235, 46), new SKColor(255, 250, 235, 0)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(new SKRect(centre.X - 2, 0.3f, centre.X + 2, Height - 0.16f), light);
    }
}
