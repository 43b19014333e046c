using ExhibitionViewer.Overlay;
using ExhibitionViewer.Surveying;
using SkiaSharp;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// Draws the kiosk's screens with SkiaSharp in the overlay's palette, type and grid: the attract prompt, the Finish
/// control, the survey, the thank-you screen with its QR code, the PIN pad and the admin screen. No GL, so it is
/// tested and screenshotted on bitmaps. One painter per thread (it caches fonts).
/// </summary>
internal sealed partial class KioskPainter : IDisposable
{
    private readonly OverlayFonts fonts = new();
    private readonly SurveyScreenPainter survey;
    private (string Text, QrModules Modules)? qr;

    public KioskPainter() => survey = new SurveyScreenPainter(fonts);

    /// <summary>Paints the session's current screen onto a transparent canvas of its size.</summary>
    public void Paint(SKCanvas canvas, KioskSession session)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(session);
        var (w, h) = (session.Width, session.Height);
        var m = OverlayMetrics.For(w, h);
        switch (session.State)
        {
            case KioskState.Attract:
                PaintAttract(canvas, session, m);
                break;
            case KioskState.Touring:
                PaintFinish(canvas, session, m);
                break;
            case KioskState.Survey when session.Flow is { } flow:
                Backdrop(canvas, w, h);
                survey.Paint(canvas, flow, session.Player.Tour, w, h);
                break;
            case KioskState.ThankYou:
                PaintThankYou(canvas, session, m);
                break;
            case KioskState.PinEntry:
                PaintPin(canvas, session, m);
                break;
            case KioskState.Admin:
                PaintAdmin(canvas, session, m);
                break;
        }
    }

    public void Dispose() => fonts.Dispose();

    /// <summary>A full-screen navy ground with a faint glow from the top, so the survey reads as its own calm place.</summary>
    internal static void Backdrop(SKCanvas canvas, int w, int h)
    {
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(w / 2f, -h * 0.2f), h * 1.3f,
                [OverlayPalette.SurfaceRaised, OverlayPalette.Navy], [0, 1], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, w, h, paint);
    }

    internal static void Button(SKCanvas canvas, OverlayFonts fonts, SKRect r, string label, float g, bool primary, bool enabled = true, float? size = null)
    {
        var fill = !enabled ? OverlayPalette.SurfaceRaised.WithAlpha(140) : primary ? OverlayPalette.Accent : OverlayPalette.SurfaceRaised;
        Surfaces.Card(canvas, r, Math.Min(r.Height / 2, 3 * g), g, fill);
        if (!primary && enabled)
        {
            using var edge = new SKPaint { Color = OverlayPalette.Text.WithAlpha(60), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.25f * g };
            canvas.DrawRoundRect(r, Math.Min(r.Height / 2, 3 * g), Math.Min(r.Height / 2, 3 * g), edge);
        }

        var font = fonts.Get(TextStyle.Bold, size ?? 4 * g);
        var color = !enabled ? OverlayPalette.TextMuted.WithAlpha(140) : primary ? OverlayPalette.Navy : OverlayPalette.Text;
        Surfaces.Text(canvas, TextFit.Ellipsize(font, label, r.Width - 4 * g), r.MidX, TextFit.Baseline(font, r.Top, r.Height), font, color, SKTextAlign.Center);
    }

    internal static void Centered(SKCanvas canvas, OverlayFonts fonts, string text, TextStyle style, float size, float maxWidth, float x, float top, SKColor color, int maxLines = 3)
    {
        var font = fonts.Get(style, size);
        var lineHeight = size * 1.25f;
        var y = top - font.Metrics.Ascent;
        foreach (var line in TextFit.Wrap(font, text, maxWidth, maxLines))
        {
            Surfaces.Text(canvas, line, x, y, font, color, SKTextAlign.Center);
            y += lineHeight;
        }
    }

    private QrModules Qr(string text)
    {
        if (qr is not { } cached || cached.Text != text)
        {
            qr = (text, QrModules.Create(text));
        }

        return qr.Value.Modules;
    }
}
