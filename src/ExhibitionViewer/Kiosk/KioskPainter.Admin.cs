using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.KioskMode;

/// <summary>The PIN pad and the admin screen: for staff, in English, plain.</summary>
internal sealed partial class KioskPainter
{
    private void PaintPin(SKCanvas canvas, KioskSession session, OverlayMetrics m)
    {
        var (w, h, g) = (session.Width, session.Height, m.G);
        Backdrop(canvas, w, h);
        Centered(canvas, fonts, "Staff only: enter the admin PIN", TextStyle.Bold, m.Heading1, w - 16 * g, w / 2f, 6 * g, OverlayPalette.Text, 1);
        var pad = KioskLayout.PinPad(w, h);
        var dotsY = pad[0].Bounds.Top - 8 * g;
        using var dot = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true };
        var count = Math.Max(session.PinLength, 4);
        for (var i = 0; i < count; i++)
        {
            var x = w / 2f + (i - (count - 1) / 2f) * 5 * g;
            dot.Style = i < session.PinLength ? SKPaintStyle.Fill : SKPaintStyle.Stroke;
            dot.StrokeWidth = 0.4f * g;
            canvas.DrawCircle(x, dotsY, 1.5f * g, dot);
        }

        foreach (var key in pad)
        {
            var k = key.Action[4..];
            var label = k switch { "clear" => "Clear", "ok" => "OK", "cancel" => "Cancel", _ => k };
            Button(canvas, fonts, key.Bounds, label, g, primary: k == "ok", size: k.Length == 1 ? 6 * g : 4 * g);
        }

        if (session.PinMessage is { } message)
        {
            Centered(canvas, fonts, message, TextStyle.Bold, m.Body, w - 16 * g, w / 2f, dotsY - 10 * g, OverlayPalette.Accent, 2);
        }
    }

    private void PaintAdmin(SKCanvas canvas, KioskSession session, OverlayMetrics m)
    {
        var (w, h, g) = (session.Width, session.Height, m.G);
        Backdrop(canvas, w, h);
        var left = 12 * g;
        var x = w / 2f - 4 * g;
        var heading = fonts.Get(TextStyle.Bold, m.Title);
        Surfaces.Text(canvas, "Kiosk admin", left, 12 * g, heading, OverlayPalette.Text);
        string[] lines =
        [
            session.CountsText,
            $"Bundle: {session.BundleDescription}",
            $"Viewer: {KioskSession.AppVersion}",
            $"Export folder: {session.Runtime.ExportFolder ?? "(not set)"}",
            $"Sync: {(session.Sync is null ? "not configured" : "configured")}",
        ];
        var body = fonts.Get(TextStyle.Regular, m.Body);
        var y = 24 * g;
        foreach (var line in lines)
        {
            Surfaces.Text(canvas, TextFit.Ellipsize(body, line, x - left), left, y, body, OverlayPalette.Text);
            y += 6 * g;
        }

        foreach (var target in KioskLayout.Admin(w, h, session.Sync is not null))
        {
            var label = target.Action switch
            {
                "admin:export" => "Export answers",
                "admin:sync" => "Sync now",
                "admin:restart" => "Restart viewer",
                "admin:quit" => "Quit to desktop",
                _ => "Back to the exhibition",
            };
            Button(canvas, fonts, target.Bounds, label, g, primary: target.Action == "admin:close");
        }

        if (session.AdminMessage is { } message)
        {
            foreach (var (line, i) in TextFit.Wrap(body, message, x - left, 3).Select((l, i) => (l, i)))
            {
                Surfaces.Text(canvas, line, left, y + 4 * g + i * 5 * g, body, OverlayPalette.Accent);
            }
        }
    }
}
