using SkiaSharp;

namespace ExhibitionViewer.Overlay;

internal sealed partial class OverlayLayout
{
    /// <summary>A segmented row of pills in the top-right corner, shown only when there is a choice.</summary>
    private void LayOutLanguages()
    {
        if (Scene.Languages.Count < 2)
        {
            return;
        }

        var g = Metrics.G;
        var inset = 0.75f * g;
        var height = Metrics.PillHeight;
        var widths = Scene.Languages
            .Select(code => Font(TextStyle.Bold, Metrics.Caption).MeasureText(LanguageNames.Of(code)) + 6 * g)
            .ToList();
        var barWidth = widths.Sum() + 2 * inset;
        var bar = SKRect.Create(Width - Metrics.Margin - barWidth, Metrics.Margin, barWidth, height + 2 * inset);
        var buttons = new List<LanguageButton>();
        var x = bar.Left + inset;
        for (var i = 0; i < widths.Count; i++)
        {
            var code = Scene.Languages[i];
            buttons.Add(new LanguageButton(code, LanguageNames.Of(code), SKRect.Create(x, bar.Top + inset, widths[i], height),
                string.Equals(code, Scene.Language, StringComparison.OrdinalIgnoreCase)));
            x += widths[i];
        }

        LanguageBar = bar;
        Languages = buttons;
    }

    private CaptionLayout? LayOutTitle()
    {
        if (string.IsNullOrWhiteSpace(Scene.SceneTitle))
        {
            return null;
        }

        var g = Metrics.G;
        var font = Font(TextStyle.Bold, Metrics.Caption);
        var text = TextFit.Ellipsize(font, Scene.SceneTitle, 0.4f * Width);
        var pill = SKRect.Create(Metrics.Margin, Metrics.Margin, font.MeasureText(text) + 7.75f * g, Metrics.PillHeight + 1.5f * g);
        return new CaptionLayout(pill, [text], TextFit.Baseline(font, pill.Top, pill.Height), 0);
    }

    private CaptionLayout? LayOutMessage()
    {
        if (string.IsNullOrWhiteSpace(Scene.Message))
        {
            return null;
        }

        var g = Metrics.G;
        var font = Font(TextStyle.Regular, Metrics.Body);
        var maxText = Math.Min(0.6f * Width, 90 * g);
        var lines = TextFit.Wrap(font, Scene.Message, maxText, 6);
        var lineHeight = 1.45f * Metrics.Body;
        var textWidth = lines.Max(l => font.MeasureText(l));
        var padding = 5 * g;
        var width = textWidth + 2 * padding;
        var height = lines.Count * lineHeight + 2 * padding + 2 * g;
        var card = SKRect.Create((Width - width) / 2, (Height - height) / 2, width, height);
        var first = TextFit.Baseline(font, card.Top + padding + 2 * g, lineHeight);
        return new CaptionLayout(card, lines, first, lineHeight);
    }
}
