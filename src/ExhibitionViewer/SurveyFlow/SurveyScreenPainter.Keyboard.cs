using System.Globalization;
using Exhibition.Bundle.Model;
using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Surveying;

/// <summary>The text field, the reminder not to write names, and the on-screen keyboard's keys.</summary>
internal sealed partial class SurveyScreenPainter
{
    private void TextField(SKCanvas canvas, SurveyFlowState flow, SurveyQuestion question, int width, int height, float g, string reminder)
    {
        var field = SurveyScreenLayout.TextField(width, height);
        Surfaces.Card(canvas, field, 2 * g, g, OverlayPalette.Text);
        var font = fonts.Get(TextStyle.Regular, 4.5f * g);
        var text = flow.CurrentText;
        var shown = font.MeasureText(text) > field.Width - 8 * g ? "…" + Tail(font, text, field.Width - 10 * g) : text;
        var baseline = TextFit.Baseline(font, field.Top, field.Height);
        Surfaces.Text(canvas, shown, field.Left + 3 * g, baseline, font, OverlayPalette.Navy);
        using var caret = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true };
        var caretX = field.Left + 3 * g + font.MeasureText(shown) + 0.5f * g;
        canvas.DrawRect(caretX, field.Top + 2.5f * g, 0.5f * g, field.Height - 5 * g, caret);
        var count = fonts.Get(TextStyle.Regular, 2.8f * g);
        var counter = string.Create(CultureInfo.InvariantCulture, $"{new StringInfo(text).LengthInTextElements}/{question.MaxLength}");
        Surfaces.Text(canvas, counter, field.Right - 2 * g, field.Bottom - 1.5f * g, count, OverlayPalette.Navy.WithAlpha(150), SKTextAlign.Right);

        // The reminder sits right under the field, where the eye is while typing.
        var note = fonts.Get(TextStyle.Bold, 3.4f * g);
        var y = field.Bottom + 5.5f * g;
        using var badge = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true };
        var noteWidth = note.MeasureText(reminder);
        var left = width / 2f - (noteWidth + 5 * g) / 2;
        canvas.DrawCircle(left + 1.5f * g, y - 1.2f * g, 1.5f * g, badge);
        Surfaces.Text(canvas, "!", left + 1.5f * g, y - 0.1f * g, fonts.Get(TextStyle.Bold, 2.6f * g), OverlayPalette.Navy, SKTextAlign.Center);
        Surfaces.Text(canvas, reminder, left + 5 * g, y, note, OverlayPalette.Accent);
    }

    private static string Tail(SKFont font, string text, float width)
    {
        var start = 0;
        while (start < text.Length && font.MeasureText(text[start..]) > width)
        {
            start++;
        }

        return text[start..];
    }

    // wide: the space bar and the layout key, labelled in smaller regular type.
    private void Key(SKCanvas canvas, SKRect r, string key, float g, string spaceLabel, bool wide)
    {
        Surfaces.Card(canvas, r, 1.5f * g, 0.6f * g, key == "backspace" ? OverlayPalette.SurfaceRaised.WithAlpha(255) : new SKColor(0x2C, 0x3E, 0x66));
        if (key == "backspace")
        {
            // A left-pointing key outline with a cross: drawn, so it never depends on a font's arrow glyph.
            using var stroke = new SKPaint { Color = OverlayPalette.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.45f * g, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round };
            var (cx, cy, s) = (r.MidX, r.MidY, 2.2f * g);
            using var outline = new SKPathBuilder();
            outline.MoveTo(cx - 2.2f * s, cy);
            outline.LineTo(cx - s, cy - s);
            outline.LineTo(cx + 1.6f * s, cy - s);
            outline.LineTo(cx + 1.6f * s, cy + s);
            outline.LineTo(cx - s, cy + s);
            outline.Close();
            using var path = outline.Detach();
            canvas.DrawPath(path, stroke);
            canvas.DrawLine(cx - 0.1f * s, cy - 0.45f * s, cx + 0.8f * s, cy + 0.45f * s, stroke);
            canvas.DrawLine(cx - 0.1f * s, cy + 0.45f * s, cx + 0.8f * s, cy - 0.45f * s, stroke);
            return;
        }

        var label = key == "space" ? spaceLabel : key;
        var font = fonts.Get(wide ? TextStyle.Regular : TextStyle.Bold, wide ? 3.2f * g : 4.4f * g);
        Surfaces.Text(canvas, label, r.MidX, TextFit.Baseline(font, r.Top, r.Height), font, key == "space" ? OverlayPalette.TextMuted : OverlayPalette.Text, SKTextAlign.Center);
    }
}
