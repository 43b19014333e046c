using SkiaSharp;

namespace ExhibitionViewer.Overlay;

public sealed partial class OverlayPainter
{
    private void DrawTitle(SKCanvas canvas, OverlayLayout layout)
    {
        if (layout.Title is not { } title)
        {
            return;
        }

        var g = layout.Metrics.G;
        Surfaces.Pill(canvas, title.Bounds, g, OverlayPalette.Surface);
        using var dot = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true };
        canvas.DrawCircle(title.Bounds.Left + 3.125f * g, title.Bounds.MidY, 0.625f * g, dot);
        Surfaces.Text(canvas, title.Lines[0], title.Bounds.Left + 5.25f * g, title.FirstBaseline,
            fonts.Get(TextStyle.Bold, layout.Metrics.Caption), OverlayPalette.Text);
    }

    /// <summary>A segmented control: the current language is the accent pill, the others read as quiet choices.</summary>
    private void DrawLanguages(SKCanvas canvas, OverlayLayout layout)
    {
        if (layout.Languages.Count == 0)
        {
            return;
        }

        var g = layout.Metrics.G;
        var font = fonts.Get(TextStyle.Bold, layout.Metrics.Caption);
        Surfaces.Pill(canvas, layout.LanguageBar, g, OverlayPalette.Surface);
        using var selected = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true };
        foreach (var button in layout.Languages)
        {
            if (button.Current)
            {
                canvas.DrawRoundRect(button.Bounds, button.Bounds.Height / 2, button.Bounds.Height / 2, selected);
            }

            Surfaces.Text(canvas, button.Name, button.Bounds.MidX, TextFit.Baseline(font, button.Bounds.Top, button.Bounds.Height), font,
                button.Current ? OverlayPalette.Navy : OverlayPalette.Text, SKTextAlign.Center);
        }
    }

    private void DrawMessage(SKCanvas canvas, OverlayLayout layout)
    {
        if (layout.Message is not { } message)
        {
            return;
        }

        var g = layout.Metrics.G;
        Surfaces.Card(canvas, message.Bounds, layout.Metrics.Corner, g, OverlayPalette.Surface);
        using var bar = new SKPaint { Color = OverlayPalette.Accent, IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(message.Bounds.MidX - 4 * g, message.Bounds.Top + 3 * g, 8 * g, 0.5f * g), 0.25f * g, 0.25f * g, bar);
        var font = fonts.Get(TextStyle.Regular, layout.Metrics.Body);
        for (var i = 0; i < message.Lines.Count; i++)
        {
            Surfaces.Text(canvas, message.Lines[i], message.Bounds.MidX, message.FirstBaseline + i * message.LineHeight, font,
                OverlayPalette.Text, SKTextAlign.Center);
        }
    }
}
