using ContentPacker.Sample.Art;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

internal static partial class WallPainter
{
    private static void PaintLinkPanel(SKCanvas canvas, LinkPanelItem p, SKColor accent)
    {
        float halfW = (float)(LinkPanelItem.Width / 2), halfH = (float)(LinkPanelItem.Height / 2);
        var panel = new SKRect((float)p.U - halfW, (float)p.V - halfH, (float)p.U + halfW, (float)p.V + halfH);
        DropShadow(canvas, panel, 0.03f);
        using (var fill = Ink.Fill(accent)) canvas.DrawRoundRect(panel, 0.08f, 0.08f, fill);
        using (var ring = Ink.Stroke(Palette.Navy, 0.06f)) canvas.DrawCircle((float)p.U, panel.Top + 0.38f, 0.2f, ring);
        using (var arrow = Ink.Stroke(Palette.Navy, 0.06f))
        {
            float x = (float)p.U, y = panel.Top + 0.38f;
            canvas.DrawLine(x - 0.09f, y, x + 0.09f, y, arrow);
            canvas.DrawLine(x + 0.02f, y - 0.07f, x + 0.09f, y, arrow);
            canvas.DrawLine(x + 0.02f, y + 0.07f, x + 0.09f, y, arrow);
        }

        Ink.Text(canvas, p.Heading.En, (float)p.U, panel.Top + 0.86f, 0.2f, Palette.Navy, bold: true, maxWidth: 2.2f);
        Ink.Text(canvas, p.Heading.Cy, (float)p.U, panel.Top + 1.09f, 0.14f, Palette.Navy, maxWidth: 2.2f);
        Ink.Text(canvas, p.Url.Replace("https://", string.Empty, StringComparison.Ordinal), (float)p.U, panel.Top + 1.34f, 0.12f,
            Palette.Mix(Palette.Navy, accent, 0.3f), bold: true, maxWidth: 2.2f);
    }

    private static void PaintNotice(SKCanvas canvas, NoticeItem n, SKColor wallColour, SKColor accent)
    {
        Ink.Text(canvas, n.Words.En, (float)n.U, (float)n.V, 0.3f, TextOn(wallColour), bold: true, maxWidth: 8.6f);
        Ink.Text(canvas, n.Words.Cy, (float)n.U, (float)n.V + 0.36f, 0.2f, Palette.Mix(accent, Palette.Ink, 0.45f), maxWidth: 8.6f);
    }
}
