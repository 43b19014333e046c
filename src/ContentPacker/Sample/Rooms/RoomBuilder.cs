using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

/// <summary>Paints a room's six surfaces and hands back a ray caster for it.</summary>
internal static class RoomBuilder
{
    public static RoomRaycaster Build(RoomPlan room)
    {
        var walls = new Texture[4];
        Parallel.For(0, 4, i =>
        {
            using var bitmap = WallPainter.Paint(room, (Wall)i);
            walls[i] = Texture.From(bitmap);
        });
        using SKBitmap floor = SurfacePainter.Floor(room.Accent), ceiling = SurfacePainter.Ceiling(room.Accent);
        return new RoomRaycaster(new RoomTextures(walls, Texture.From(floor), Texture.From(ceiling)));
    }
}
