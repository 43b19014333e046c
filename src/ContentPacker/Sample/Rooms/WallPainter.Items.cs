using ContentPacker.Sample.Art;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

internal static partial class WallPainter
{
    private static void PaintItem(SKCanvas canvas, WallItem item, RoomPlan room, SKColor wallColour)
    {
        switch (item)
        {
            case ExhibitItem exhibit: PaintExhibit(canvas, exhibit); break;
            case DoorwayItem door: PaintDoorway(canvas, door); break;
            case ScreenItem screen: PaintScreen(canvas, screen, wallColour); break;
            case LinkPanelItem panel: PaintLinkPanel(canvas, panel, room.Accent); break;
            case NoticeItem notice: PaintNotice(canvas, notice, wallColour, room.Accent); break;
        }
    }

    /// <summary>The outer edge of an exhibit's frame, in wall metres.</summary>
    internal static SKRect FrameOf(ExhibitItem e) => new(
        (float)(e.U - (ExhibitItem.PaintingWidth / 2) - ExhibitItem.Border),
        (float)(e.V - (ExhibitItem.PaintingHeight / 2) - ExhibitItem.Border),
        (float)(e.U + (ExhibitItem.PaintingWidth / 2) + ExhibitItem.Border),
        (float)(e.V + (ExhibitItem.PaintingHeight / 2) + ExhibitItem.Separator + ExhibitItem.CaptionHeight + ExhibitItem.Border));

    private static void PaintExhibit(SKCanvas canvas, ExhibitItem e)
    {
        var frame = FrameOf(e);
        DropShadow(canvas, frame, 0.02f);
        using (var brass = Ink.Fill(Palette.Frame)) canvas.DrawRect(frame, brass);
        float halfW = (float)(ExhibitItem.PaintingWidth / 2), halfH = (float)(ExhibitItem.PaintingHeight / 2);
        var painting = new SKRect((float)e.U - halfW, (float)e.V - halfH, (float)e.U + halfW, (float)e.V + halfH);
        Illustrations.Draw(canvas, e.Art, painting);
        float top = painting.Bottom + (float)ExhibitItem.Separator;
        var plate = new SKRect(painting.Left, top, painting.Right, top + (float)ExhibitItem.CaptionHeight);
        using (var paper = Ink.Fill(Palette.OffWhite)) canvas.DrawRect(plate, paper);
        Ink.Text(canvas, e.Caption.En, (float)e.U, top + 0.18f, 0.14f, Palette.Ink, bold: true, maxWidth: 1.78f);
        Ink.Text(canvas, e.Caption.Cy, (float)e.U, top + 0.345f, 0.11f, Palette.Mix(Palette.Ink, Palette.OffWhite, 0.25f), maxWidth: 1.78f);
    }

    private static void DropShadow(SKCanvas canvas, SKRect rect, float blur)
    {
        using var shadow = Ink.Fill(new SKColor(0, 0, 0, 90));
        shadow.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blur);
        var offset = rect;
        offset.Offset(0.03f, 0.05f);
        canvas.DrawRect(offset, shadow);
    }
}
