using System.Globalization;
using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Video;

/// <summary>The control bar.</summary>
public sealed partial class VideoControlsPainter
{
    private void PaintBar(SKCanvas canvas, VideoControlsLayout layout, VideoControlsState state)
    {
        var g = layout.G;
        Surfaces.Pill(canvas, layout.Bar, g, OverlayPalette.Surface);
        using var fill = new SKPaint { Color = OverlayPalette.Text, IsAntialias = true };
        PaintBack(canvas, layout.LeaveButton, g);
        PaintPlayPause(canvas, layout.PlayButton, state.Playing, fill);
        var progress = state.Duration > 0 ? (float)Math.Clamp(state.Position / state.Duration, 0, 1) : 0;
        PaintTrack(canvas, layout.Seek, progress, g);
        var time = $"{Clock(state.Position)} / {Clock(state.Duration)}";
        var font = fonts.Get(TextStyle.Regular, 3.25f * g);
        Surfaces.Text(canvas, time, layout.TimeText.Right, layout.TimeText.MidY + font.Size * 0.35f, font, OverlayPalette.Text, SKTextAlign.Right);
        if (state.CaptionsOn is { } captionsOn)
        {
            PaintCaptionsButton(canvas, layout.CaptionsButton, captionsOn, g);
        }

        PaintSpeaker(canvas, layout.MuteButton, state.Muted, fill, g);
        PaintTrack(canvas, layout.VolumeTrack, state.Muted ? 0 : state.Volume, g);
    }

    // An arrow pointing left: back to the tour.
    private static void PaintBack(SKCanvas canvas, SKRect r, float g)
    {
        var s = r.Width / 8;
        using var stroke = new SKPaint { Color = OverlayPalette.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f * g, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawLine(r.MidX - 2.2f * s, r.MidY, r.MidX + 2.2f * s, r.MidY, stroke);
        canvas.DrawLine(r.MidX - 2.2f * s, r.MidY, r.MidX - 0.6f * s, r.MidY - 1.6f * s, stroke);
        canvas.DrawLine(r.MidX - 2.2f * s, r.MidY, r.MidX - 0.6f * s, r.MidY + 1.6f * s, stroke);
    }

    private static void PaintPlayPause(SKCanvas canvas, SKRect r, bool playing, SKPaint fill)
    {
        var inset = r.Width * 0.28f;
        if (playing)
        {
            var bar = r.Width * 0.14f;
            canvas.DrawRoundRect(SKRect.Create(r.MidX - 1.6f * bar, r.Top + inset, bar, r.Height - 2 * inset), bar / 3, bar / 3, fill);
            canvas.DrawRoundRect(SKRect.Create(r.MidX + 0.6f * bar, r.Top + inset, bar, r.Height - 2 * inset), bar / 3, bar / 3, fill);
            return;
        }

        Surfaces.Polygon(canvas, fill, [new(r.Left + inset * 1.15f, r.Top + inset), new(r.Right - inset * 0.85f, r.MidY), new(r.Left + inset * 1.15f, r.Bottom - inset)]);
    }

    private static void PaintTrack(SKCanvas canvas, SKRect track, float fraction, float g)
    {
        var line = SKRect.Create(track.Left, track.MidY - 0.5f * g, track.Width, g);
        using var rest = new SKPaint { Color = OverlayPalette.TextMuted.WithAlpha(110), IsAntialias = true };
        using var done = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true };
        canvas.DrawRoundRect(line, g / 2, g / 2, rest);
        var x = track.Left + fraction * track.Width;
        canvas.DrawRoundRect(new SKRect(line.Left, line.Top, x, line.Bottom), g / 2, g / 2, done);
        canvas.DrawCircle(x, track.MidY, 1.75f * g, done);
    }

    // "CC" in a rounded box: filled in the accent colour when captions are on, outlined when off.
    private void PaintCaptionsButton(SKCanvas canvas, SKRect r, bool on, float g)
    {
        var box = SKRect.Inflate(r, -1.4f * g, -2.2f * g);
        using var paint = new SKPaint { Color = on ? OverlayPalette.Accent : OverlayPalette.Text, IsAntialias = true, StrokeWidth = 0.4f * g,
            Style = on ? SKPaintStyle.Fill : SKPaintStyle.Stroke };
        canvas.DrawRoundRect(box, g, g, paint);
        var font = fonts.Get(TextStyle.Bold, 2.8f * g);
        Surfaces.Text(canvas, "CC", box.MidX, box.MidY + font.Size * 0.35f, font, on ? OverlayPalette.Navy : OverlayPalette.Text, SKTextAlign.Center);
    }

    private static void PaintSpeaker(SKCanvas canvas, SKRect r, bool muted, SKPaint fill, float g)
    {
        var s = r.Width / 8;
        Surfaces.Polygon(canvas, fill,
        [
            new(r.MidX - 2.6f * s, r.MidY - s), new(r.MidX - 1.4f * s, r.MidY - s), new(r.MidX + 0.2f * s, r.MidY - 2.4f * s),
            new(r.MidX + 0.2f * s, r.MidY + 2.4f * s), new(r.MidX - 1.4f * s, r.MidY + s), new(r.MidX - 2.6f * s, r.MidY + s),
        ]);
        using var stroke = new SKPaint { Color = muted ? OverlayPalette.Accent : OverlayPalette.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f * g, StrokeCap = SKStrokeCap.Round };
        if (muted)
        {
            canvas.DrawLine(r.MidX + 1.2f * s, r.MidY - 1.2f * s, r.MidX + 3.2f * s, r.MidY + 1.2f * s, stroke);
            canvas.DrawLine(r.MidX + 1.2f * s, r.MidY + 1.2f * s, r.MidX + 3.2f * s, r.MidY - 1.2f * s, stroke);
            return;
        }

        canvas.DrawArc(SKRect.Create(r.MidX - 0.6f * s, r.MidY - 1.6f * s, 3.2f * s, 3.2f * s), -50, 100, false, stroke);
        canvas.DrawArc(SKRect.Create(r.MidX - 1.6f * s, r.MidY - 2.8f * s, 5.6f * s, 5.6f * s), -50, 100, false, stroke);
    }

    private static string Clock(double seconds)
    {
        var whole = (int)Math.Floor(Math.Max(0, seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }
}
