using SkiaSharp;

namespace ExhibitionViewer.Overlay;

public sealed partial class OverlayPainter
{
    private void DrawCaseStudy(SKCanvas canvas, OverlayLayout layout)
    {
        if (layout.CaseStudy is not { } panel)
        {
            return;
        }

        var g = layout.Metrics.G;
        var m = layout.Metrics;
        Surfaces.Card(canvas, panel.Card, m.Corner, g, OverlayPalette.Surface);
        Surfaces.Close(canvas, panel.Close, g);
        var titleFont = fonts.Get(TextStyle.Bold, m.Title);
        var left = panel.Card.Left + 6 * g;
        for (var i = 0; i < panel.TitleLines.Count; i++)
        {
            Surfaces.Text(canvas, panel.TitleLines[i], left, panel.TitleBaseline + i * 1.2f * m.Title, titleFont, OverlayPalette.Text);
        }

        Surfaces.Text(canvas, panel.Meta, left, panel.MetaBaseline, fonts.Get(TextStyle.Bold, m.Body), OverlayPalette.Accent);
        using var rule = new SKPaint { Color = OverlayPalette.Text.WithAlpha(50), IsAntialias = true };
        canvas.DrawRect(left, panel.DividerY, panel.Card.Right - 6 * g - left, Math.Max(1, 0.25f * g), rule);
        rule.Color = OverlayPalette.Accent;
        canvas.DrawRoundRect(SKRect.Create(left, panel.DividerY - 0.25f * g, 10 * g, 0.75f * g), 0.375f * g, 0.375f * g, rule);
        if (panel.Image is { } imageRect && image is not null)
        {
            canvas.Save();
            canvas.ClipRoundRect(new SKRoundRect(imageRect, 2 * g), antialias: true);
            canvas.DrawImage(image, imageRect, new SKSamplingOptions(SKCubicResampler.Mitchell));
            canvas.Restore();
        }

        DrawBody(canvas, layout, panel);
    }

    /// <summary>The body, clipped to its area and scrolled; it fades out at an edge where there is more to read.</summary>
    private void DrawBody(SKCanvas canvas, OverlayLayout layout, CaseStudyLayout panel)
    {
        var g = layout.Metrics.G;
        var body = BodyFor(layout);
        var max = MaxScrollCore(layout);
        var scroll = MathF.Round(Math.Clamp(layout.Scene.Panel!.Scroll, 0, max));
        var area = (SKRect)panel.Body;
        canvas.Save();
        canvas.ClipRect(area);
        canvas.SaveLayer(area, null);
        canvas.Translate(area.Left, area.Top - scroll);
        var visible = SKRect.Create(0, scroll, area.Width, area.Height);
        using var shape = new SKPaint { IsAntialias = true };
        foreach (var s in body.Shapes.Where(s => s.Bounds.IntersectsWith(visible)))
        {
            shape.Color = s.Color;
            canvas.DrawRoundRect(s.Bounds, s.Corner, s.Corner, shape);
        }

        foreach (var qr in body.Qrs.Where(q => ((SKRect)q.Bounds).IntersectsWith(visible)))
        {
            qr.Modules.Draw(canvas, qr.Bounds, g);
        }

        DrawTexts(canvas, body, visible, g);
        canvas.Translate(-area.Left, -(area.Top - scroll));
        FadeEdges(canvas, area, 5 * g, top: scroll > 0, bottom: scroll < max);
        canvas.Restore();
        canvas.Restore();
        DrawScrollBar(canvas, panel, g, scroll, max);
    }

    private void DrawTexts(SKCanvas canvas, BodyLayout body, SKRect visible, float g)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var text in body.Texts)
        {
            if (text.Baseline + text.Size < visible.Top || text.Baseline - 1.5f * text.Size > visible.Bottom)
            {
                continue;
            }

            var font = fonts.Get(text.Style, text.Size);
            paint.Color = text.Color;
            canvas.DrawText(text.Text, text.X, text.Baseline, SKTextAlign.Left, font, paint);
            if (text.Underline)
            {
                canvas.DrawRect(text.X, text.Baseline + 0.15f * text.Size, font.MeasureText(text.Text), Math.Max(1, 0.25f * g), paint);
            }
        }
    }

    private static void FadeEdges(SKCanvas canvas, SKRect area, float size, bool top, bool bottom)
    {
        void Fade(float y0, float y1)
        {
            using var shader = SKShader.CreateLinearGradient(new SKPoint(0, y0), new SKPoint(0, y1),
                [SKColors.Black.WithAlpha(0), SKColors.Black], SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = shader, BlendMode = SKBlendMode.DstIn };
            canvas.DrawRect(new SKRect(area.Left, Math.Min(y0, y1), area.Right, Math.Max(y0, y1)), paint);
        }

        if (top)
        {
            Fade(area.Top, area.Top + size);
        }

        if (bottom)
        {
            Fade(area.Bottom, area.Bottom - size);
        }
    }

    private static void DrawScrollBar(SKCanvas canvas, CaseStudyLayout panel, float g, float scroll, float max)
    {
        if (max <= 0)
        {
            return;
        }

        var track = SKRect.Create(panel.Card.Right - 3.5f * g, panel.Body.Top, 0.75f * g, panel.Body.Height);
        using var paint = new SKPaint { Color = OverlayPalette.Text.WithAlpha(40), IsAntialias = true };
        canvas.DrawRoundRect(track, track.Width / 2, track.Width / 2, paint);
        var thumbHeight = Math.Max(4 * g, track.Height * track.Height / (track.Height + max));
        var thumb = SKRect.Create(track.Left, track.Top + (track.Height - thumbHeight) * scroll / max, track.Width, thumbHeight);
        paint.Color = OverlayPalette.Accent;
        canvas.DrawRoundRect(thumb, track.Width / 2, track.Width / 2, paint);
    }
}
