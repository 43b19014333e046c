using System.Globalization;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Reports;

namespace ContentPacker.Reports;

/// <summary>Turns a <see cref="SurveyReport"/> into the report's sections: one per question, then the breakdowns.</summary>
internal static class ReportFigures
{
    public static List<ReportFigure> Questions(SurveyReport report, ReportLabels labels) =>
        report.Questions.Select((q, i) => Question(q, i + 1, report.Responses, labels)).ToList();

    public static List<ReportFigure> Breakdowns(SurveyReport report)
    {
        var total = report.Responses;
        return
        [
            Bars("by-language", "Responses by language", $"{report.ByLanguage.Count} languages", report.ByLanguage, total, k => k),
            Bars("by-kiosk", "Responses by kiosk", $"{report.ByKiosk.Count} kiosks (the first 12 digits of each random kiosk id)", report.ByKiosk, total, k => k.Length > 12 ? k[..12] : k),
            Days(report.ByDate, total),
        ];
    }

    private static ReportFigure Question(QuestionReport q, int number, int responses, ReportLabels labels)
    {
        var title = $"{number}. {labels.Question(q.QuestionId)}";
        var answered = string.Create(CultureInfo.InvariantCulture, $"{q.Answered:N0} of {responses:N0} answered");
        var anchor = string.Create(CultureInfo.InvariantCulture, $"q{number:00}-{Safe(q.QuestionId)}");
        switch (q.Kind)
        {
            case QuestionKind.Scale when q.Scale is { } scale:
                var bars = scale.Distribution.Select(v => new ChartBar(v.Value.ToString(CultureInfo.InvariantCulture), v.Count)).ToList();
                var mean = scale.Mean is { } m ? string.Create(CultureInfo.InvariantCulture, $" · mean {m:0.00} on a scale of 1 to 5") : "";
                return new ReportFigure(anchor, anchor + ".png", new ChartSpec(title, answered + mean, bars, q.Answered, scale.Mean), true, bars.Select(b => b.Label).ToList());
            case QuestionKind.Text:
                return new ReportFigure(anchor, null, new ChartSpec(title, answered + " · free text: the answers are in responses.csv", [], q.Answered), false, []);
            default:
                var note = q.Kind == QuestionKind.Multi ? " · more than one could be chosen, so shares add up to more than 100%" : "";
                var options = q.Options.Select(o => new ChartBar(labels.Option(q.QuestionId, o.Key), o.Count)).ToList();
                return new ReportFigure(anchor, anchor + ".png", new ChartSpec(title, answered + note, options, q.Answered), false, q.Options.Select(o => o.Key).ToList());
        }
    }

    private static ReportFigure Bars(string anchor, string title, string subtitle, IReadOnlyList<KeyCount> counts, int total, Func<string, string> label) =>
        new(anchor, anchor + ".png", new ChartSpec(title, subtitle, counts.Select(c => new ChartBar(label(c.Key), c.Count)).ToList(), total, ScaleToLargest: true),
            false, counts.Select(c => c.Key).ToList());

    // Every day from the first to the last, so quiet days show as gaps rather than vanishing (up to about a year).
    private static ReportFigure Days(IReadOnlyList<KeyCount> byDate, int total)
    {
        var counts = byDate.ToDictionary(d => d.Key, d => d.Count, StringComparer.Ordinal);
        var days = byDate.Select(d => d.Key).ToList();
        if (days.Count > 1 && DateOnly.TryParse(days[0], CultureInfo.InvariantCulture, out var first)
            && DateOnly.TryParse(days[^1], CultureInfo.InvariantCulture, out var last) && last.DayNumber - first.DayNumber < 400)
        {
            days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
                .Select(i => first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        }

        var bars = days.Select(d => new ChartBar(d.Length == 10 ? d[5..] : d, counts.GetValueOrDefault(d))).ToList();
        var subtitle = days.Count == 0 ? "no responses" : $"{days[0]} to {days[^1]}, local dates of the kiosks";
        return new ReportFigure("by-day", "by-day.png", new ChartSpec("Responses by day", subtitle, bars, total), true, days);
    }

    private static string Safe(string id)
    {
        var safe = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-').ToArray());
        return safe.Length > 40 ? safe[..40] : safe;
    }
}
