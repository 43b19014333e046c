using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Video;

/// <summary>Captions and the message shown in place of a video that cannot play.</summary>
public sealed partial class VideoControlsPainter
{
    /// <summary>The caption's lines as wrapped for a screen, for tests and layout.</summary>
    internal IReadOnlyList<string> WrapCaption(string caption, int width, int height)
    {
        var layout = VideoControlsLayout.For(width, height);
        return TextFit.Wrap(fonts.Get(TextStyle.Regular, layout.CaptionSize), caption, layout.CaptionMaxWidth);
    }

    private void PaintCaption(SKCanvas canvas, VideoControlsLayout layout, string caption, float bottom)
    {
        var font = fonts.Get(TextStyle.Regular, layout.CaptionSize);
        var lines = TextFit.Wrap(font, caption, layout.CaptionMaxWidth);
        var lineHeight = font.Size * 1.3f;
        var widest = lines.Max(l => font.MeasureText(l));
        var pad = font.Size * 0.45f;
        var centre = canvas.LocalClipBounds.MidX;
        var box = new SKRect(centre - widest / 2 - 1.5f * pad, bottom - lines.Count * lineHeight - 2 * pad, centre + widest / 2 + 1.5f * pad, bottom);
        using var paint = new SKPaint { Color = OverlayPalette.Navy.WithAlpha(200), IsAntialias = true };
        canvas.DrawRoundRect(box, pad, pad, paint);
        for (var i = 0; i < lines.Count; i++)
        {
            var baseline = box.Top + pad + i * lineHeight + lineHeight * 0.78f;
            Surfaces.Text(canvas, lines[i], centre, baseline, font, OverlayPalette.Text, SKTextAlign.Center);
        }
    }

    private void PaintMessage(SKCanvas canvas, VideoControlsLayout layout, string message, string backLabel)
    {
        var g = layout.G;
        using var dim = new SKPaint { Color = OverlayPalette.Dim };
        canvas.DrawRect(canvas.LocalClipBounds, dim);
        Surfaces.Card(canvas, layout.MessageCard, 3 * g, g, OverlayPalette.Surface);
        var font = fonts.Get(TextStyle.Bold, 4.5f * g);
        var lines = TextFit.Wrap(font, message, layout.MessageCard.Width - 8 * g);
        for (var i = 0; i < lines.Count; i++)
        {
            Surfaces.Text(canvas, lines[i], layout.MessageCard.MidX, layout.MessageCard.Top + 10 * g + i * font.Size * 1.3f, font, OverlayPalette.Text, SKTextAlign.Center);
        }

        Surfaces.Pill(canvas, layout.BackButton, g, OverlayPalette.Accent);
        var label = fonts.Get(TextStyle.Bold, 3.5f * g);
        Surfaces.Text(canvas, backLabel, layout.BackButton.MidX, layout.BackButton.MidY + label.Size * 0.35f, label, OverlayPalette.Navy, SKTextAlign.Center);
    }
}
