using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Surveying;

/// <summary>The 1–5 scale as five simple vector faces, very unhappy to very happy; never an emoji font, which a kiosk may lack.</summary>
internal sealed partial class SurveyScreenPainter
{
    private static readonly SKColor[] FaceColours =
    [
        new(0xE0, 0x7A, 0x5F), new(0xF2, 0xA6, 0x5A), new(0xF4, 0xD0, 0x6F), new(0xA8, 0xC6, 0x86), new(0x7B, 0xC0, 0x8E),
    ];

    internal static void Face(SKCanvas canvas, SKRect bounds, int value, bool chosen, float g)
    {
        var centre = new SKPoint(bounds.MidX, bounds.MidY);
        var r = bounds.Width / 2 - 1.5f * g;
        using var paint = new SKPaint { IsAntialias = true };
        Surfaces.Card(canvas, SKRect.Create(centre.X - r, centre.Y - r, 2 * r, 2 * r), r, g, FaceColours[Math.Clamp(value, 1, 5) - 1]);
        if (chosen)
        {
            // Drawn after the face so its shadow does not darken the ring.
            using var ring = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f * g };
            canvas.DrawCircle(centre, r + 0.6f * g, ring);
        }

        paint.Color = OverlayPalette.Navy;
        var eyeY = centre.Y - r * 0.22f;
        canvas.DrawCircle(centre.X - r * 0.33f, eyeY, r * 0.09f, paint);
        canvas.DrawCircle(centre.X + r * 0.33f, eyeY, r * 0.09f, paint);

        // The mouth bends from a frown (1) through a straight line (3) to a broad smile (5).
        var curve = (value - 3) / 2f;
        var mouthY = centre.Y + r * 0.32f - curve * r * 0.08f;
        using var mouthPath = new SKPathBuilder();
        mouthPath.MoveTo(centre.X - r * 0.38f, mouthY);
        mouthPath.QuadTo(centre.X, mouthY + curve * r * 0.42f, centre.X + r * 0.38f, mouthY);
        using var stroke = new SKPaint
        {
            Color = OverlayPalette.Navy, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = r * 0.09f, StrokeCap = SKStrokeCap.Round,
        };
        using var mouth = mouthPath.Detach();
        canvas.DrawPath(mouth, stroke);
        if (!chosen)
        {
            return;
        }

        paint.Color = OverlayPalette.Accent;
        canvas.DrawCircle(centre.X, bounds.Bottom + 3.5f * g, 1.2f * g, paint);
    }
}
