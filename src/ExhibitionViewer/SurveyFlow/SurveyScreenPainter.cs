using System.Globalization;
using Exhibition.Bundle.Model;
using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Touring;
using SkiaSharp;

namespace ExhibitionViewer.Surveying;

/// <summary>
/// Paints one survey question a screen: progress dots, the question, big answer buttons (yes/no, options, five
/// vector faces, or a text field with the on-screen keyboard and a reminder not to write names), and Back, Skip and
/// Next. Positions come from <see cref="SurveyScreenLayout"/>, which the hit test uses too.
/// </summary>
internal sealed partial class SurveyScreenPainter(OverlayFonts fonts)
{
    public void Paint(SKCanvas canvas, SurveyFlowState flow, Tour tour, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(tour);
        if (flow.Current is not { } question)
        {
            return;
        }

        var m = OverlayMetrics.For(width, height);
        var g = m.G;
        var language = flow.Language;
        string T(string key) => InterfaceText.Get(tour, language, key);
        Progress(canvas, flow, width, g, string.Format(CultureInfo.CurrentCulture, T("survey.progress"), flow.Index + 1, flow.Count));
        var column = SurveyScreenLayout.Column(width, height);
        var text = question.Text.In(language, tour.Languages.FirstOrDefault());
        var questionTop = question.Kind == QuestionKind.Text ? 15.5f * g : 20 * g;
        KioskPainter.Centered(canvas, fonts, text, TextStyle.Bold, 6.5f * g, column.Width, width / 2f, questionTop, OverlayPalette.Text, 2);
        if (question.Kind == QuestionKind.Multi)
        {
            KioskPainter.Centered(canvas, fonts, T("survey.chooseAny"), TextStyle.Italic, m.Body, column.Width, width / 2f,
                questionTop + 18 * g, OverlayPalette.TextMuted, 1);
        }

        var targets = SurveyScreenLayout.Targets(flow, width, height, tour.Languages);
        foreach (var target in targets)
        {
            PaintTarget(canvas, flow, question, target, T, g);
        }

        if (question.Kind == QuestionKind.Text)
        {
            TextField(canvas, flow, question, width, height, g, T("survey.noNames"));
        }
    }

    private void PaintTarget(SKCanvas canvas, SurveyFlowState flow, SurveyQuestion question, KioskTarget target, Func<string, string> t, float g)
    {
        var answer = flow.CurrentAnswer;
        var (kind, _, value) = target.Action.Partition(':');
        switch (kind)
        {
            case "back":
                KioskPainter.Button(canvas, fonts, target.Bounds, "‹  " + t("survey.back"), g, primary: false);
                break;
            case "skip":
                KioskPainter.Button(canvas, fonts, target.Bounds, t("survey.skip"), g, primary: false);
                break;
            case "next":
                KioskPainter.Button(canvas, fonts, target.Bounds, (flow.IsLast ? t("survey.send") : t("survey.next")) + "  ›", g,
                    primary: true, enabled: flow.CanGoNext);
                break;
            case "yes" or "no":
                var chosen = answer is { Kind: QuestionKind.YesNo } a && a.AsYesNo == (kind == "yes");
                KioskPainter.Button(canvas, fonts, target.Bounds, t("survey." + kind), g, chosen, size: 6 * g);
                break;
            case "scale":
                Face(canvas, target.Bounds, int.Parse(value, CultureInfo.InvariantCulture),
                    answer is { Kind: QuestionKind.Scale } s && s.AsScale.ToString(CultureInfo.InvariantCulture) == value, g);
                break;
            case "option":
                Option(canvas, flow, question, target, value, g);
                break;
            case "key":
                Key(canvas, target.Bounds, value == "layout" ? SurveyScreenLayout.LayoutKeyLabel(flow.KeyboardSymbols) : value, g,
                    t("kiosk.space"), wide: value is "layout" or "space");
                break;
            case "lang":
                KioskPainter.Button(canvas, fonts, target.Bounds, LanguageNames.Of(value), g, value == flow.Language, size: 3 * g);
                break;
        }
    }

    private void Option(SKCanvas canvas, SurveyFlowState flow, SurveyQuestion question, KioskTarget target, string id, float g)
    {
        var answer = flow.CurrentAnswer;
        var multi = question.Kind == QuestionKind.Multi;
        var chosen = answer is { } a && (multi ? a.AsMulti.Contains(id) : a.AsSingle == id);
        var label = question.Options.First(o => o.Id == id).Text.In(flow.Language);
        var r = target.Bounds;
        KioskPainter.Button(canvas, fonts, r, "", g, chosen);
        // A tick box (multiple choice) or a radio dot (single choice) at the left, then the label.
        var mark = SKRect.Create(r.Left + 3 * g, r.MidY - 2.5f * g, 5 * g, 5 * g);
        using var stroke = new SKPaint { Color = chosen ? OverlayPalette.Navy : OverlayPalette.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f * g, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        if (multi)
        {
            canvas.DrawRoundRect(mark, g, g, stroke);
            if (chosen)
            {
                using var tickPath = new SKPathBuilder();
                tickPath.MoveTo(mark.Left + 1.1f * g, mark.MidY);
                tickPath.LineTo(mark.Left + 2.2f * g, mark.Bottom - 1.2f * g);
                tickPath.LineTo(mark.Right - 1 * g, mark.Top + 1.2f * g);
                using var tick = tickPath.Detach();
                canvas.DrawPath(tick, stroke);
            }
        }
        else
        {
            canvas.DrawCircle(mark.MidX, mark.MidY, 2.5f * g, stroke);
            if (chosen)
            {
                stroke.Style = SKPaintStyle.Fill;
                canvas.DrawCircle(mark.MidX, mark.MidY, 1.3f * g, stroke);
            }
        }

        var font = fonts.Get(TextStyle.Bold, 4 * g);
        Surfaces.Text(canvas, TextFit.Ellipsize(font, label, r.Width - 14 * g), mark.Right + 3 * g, TextFit.Baseline(font, r.Top, r.Height), font,
            chosen ? OverlayPalette.Navy : OverlayPalette.Text);
    }

    private void Progress(SKCanvas canvas, SurveyFlowState flow, int width, float g, string label)
    {
        using var paint = new SKPaint { IsAntialias = true };
        var spacing = 4 * g;
        var left = width / 2f - (flow.Count - 1) * spacing / 2;
        for (var i = 0; i < flow.Count; i++)
        {
            paint.Color = i < flow.Index ? OverlayPalette.Accent.WithAlpha(150) : i == flow.Index ? OverlayPalette.Accent : OverlayPalette.Text.WithAlpha(70);
            canvas.DrawCircle(left + i * spacing, 6 * g, i == flow.Index ? 1.3f * g : g, paint);
        }

        var font = fonts.Get(TextStyle.Regular, 3 * g);
        Surfaces.Text(canvas, label, width / 2f, 12 * g, font, OverlayPalette.TextMuted, SKTextAlign.Center);

    }
}
