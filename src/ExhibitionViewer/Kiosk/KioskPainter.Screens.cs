using ExhibitionViewer.Overlay;
using ExhibitionViewer.Touring;
using SkiaSharp;

namespace ExhibitionViewer.KioskMode;

/// <summary>The attract prompt, the Finish control and the thank-you screen.</summary>
internal sealed partial class KioskPainter
{
    private void PaintAttract(SKCanvas canvas, KioskSession session, OverlayMetrics m)
    {
        var (w, h, g) = (session.Width, session.Height, m.G);
        var tour = session.Player.Tour;
        var language = session.Player.Language;

        // A navy veil rising from the bottom keeps the panorama visible while the words stay legible.
        using (var veil = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, h * 0.12f), new SKPoint(0, h),
                [OverlayPalette.Navy.WithAlpha(0), OverlayPalette.Navy.WithAlpha(175), OverlayPalette.Navy.WithAlpha(240)], [0, 0.4f, 0.85f],
                SKShaderTileMode.Clamp),
        })
        {
            canvas.DrawRect(0, 0, w, h, veil);
        }

        var title = tour.Title.In(language, tour.Languages.FirstOrDefault());
        Centered(canvas, fonts, title, TextStyle.Bold, 10 * g, w - 16 * g, w / 2f, h * 0.42f, OverlayPalette.Text, 2);

        var prompt = InterfaceText.Get(tour, language, "kiosk.touch");
        var font = fonts.Get(TextStyle.Bold, 5 * g);
        var pill = SKRect.Create(0, 0, font.MeasureText(prompt) + 17 * g, 13 * g);
        pill.Offset(w / 2f - pill.Width / 2, h * 0.62f);
        Surfaces.Pill(canvas, pill, g, OverlayPalette.Accent);
        DrawHand(canvas, new SKPoint(pill.Left + 6.5f * g, pill.MidY), 2.2f * g);
        Surfaces.Text(canvas, prompt, pill.MidX + 3.5f * g, TextFit.Baseline(font, pill.Top, pill.Height), font, OverlayPalette.Navy, SKTextAlign.Center);

        foreach (var target in KioskLayout.Attract(w, h, tour.Languages).Where(t => t.Action.StartsWith("lang:", StringComparison.Ordinal)))
        {
            var code = target.Action[5..];
            var chosen = code == language;
            Button(canvas, fonts, target.Bounds, LanguageNames.Of(code), g, chosen, size: 3.5f * g);
        }
    }

    // A simple pointing dot with two rings: "touch here", without relying on an emoji font.
    private static void DrawHand(SKCanvas canvas, SKPoint centre, float r)
    {
        using var paint = new SKPaint { Color = OverlayPalette.Navy, IsAntialias = true };
        canvas.DrawCircle(centre, r * 0.55f, paint);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = r * 0.22f;
        canvas.DrawCircle(centre, r * 1.1f, paint);
    }

    private void PaintFinish(SKCanvas canvas, KioskSession session, OverlayMetrics m)
    {
        var tour = session.Player.Tour;
        var last = session.InLastScene;
        var label = InterfaceText.Get(tour, session.Player.Language, last ? "kiosk.finishLast" : "kiosk.finish");
        Button(canvas, fonts, KioskLayout.Finish(session.Width, session.Height, last), label, m.G, primary: true);
    }

    private void PaintThankYou(SKCanvas canvas, KioskSession session, OverlayMetrics m)
    {
        var (w, h, g) = (session.Width, session.Height, m.G);
        var tour = session.Player.Tour;
        var language = session.Player.Language;
        Backdrop(canvas, w, h);
        var link = tour.Kiosk.CareersLink;
        var hasQr = !string.IsNullOrWhiteSpace(link);
        var textX = hasQr ? w * 0.36f : w / 2f;
        var textWidth = hasQr ? w * 0.5f : w - 16 * g;
        var heading = session.Stored == false
            ? InterfaceText.Get(tour, language, "survey.unavailable")
            : InterfaceText.Get(tour, language, "survey.thanks");
        Centered(canvas, fonts, heading, TextStyle.Bold, session.Stored == false ? 6 * g : 12 * g, textWidth, textX, h * 0.26f, OverlayPalette.Text, 3);
        var body = tour.Survey.ThankYou.In(language, tour.Languages.FirstOrDefault());
        if (body.Length > 0)
        {
            Centered(canvas, fonts, body, TextStyle.Regular, m.Heading2, textWidth, textX, h * 0.46f, OverlayPalette.TextMuted, 4);
        }

        if (hasQr)
        {
            var side = (int)(40 * g);
            var area = new SKRectI((int)(w * 0.68f), (int)(h * 0.20f), (int)(w * 0.68f) + side, (int)(h * 0.20f) + side);
            Qr(link!).Draw(canvas, area, 2 * g);
            Centered(canvas, fonts, InterfaceText.Get(tour, language, "survey.careers"), TextStyle.Bold, m.Body, side + 24 * g,
                area.MidX, area.Bottom + 3 * g, OverlayPalette.Accent, 1);
            Centered(canvas, fonts, link!, TextStyle.Regular, m.Caption, side + 24 * g, area.MidX, area.Bottom + 8.5f * g, OverlayPalette.TextMuted, 1);
        }

        var done = KioskLayout.ThankYou(w, h)[0];
        Button(canvas, fonts, done.Bounds, InterfaceText.Get(tour, language, "survey.done"), g, primary: true);
    }
}
