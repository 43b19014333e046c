using System.Globalization;
using System.Net;
using System.Text;
using Exhibition.Survey.Reports;

namespace ContentPacker.Reports;

/// <summary>The report as one self-contained HTML page (its style inline) that shows the PNGs in <c>charts/</c>.</summary>
internal static partial class ReportHtml
{
    public static string Write(SurveyReport report, ReportLabels labels, IReadOnlyList<ReportFigure> questions,
        IReadOnlyList<ReportFigure> breakdowns, IReadOnlyList<string> warnings, int exports)
    {
        var html = new StringBuilder(64 * 1024);
        var title = labels.Title is { } t ? $"{t}: visitor survey" : "Visitor survey";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        Header(html, title, report, exports);
        html.Append("<main class=\"wrap\">\n");
        if (warnings.Count > 0)
        {
            html.Append("<div class=\"warnings\"><strong>Worth checking</strong><ul>\n");
            foreach (var warning in warnings) html.Append("<li>").Append(E(warning)).Append("</li>\n");
            html.Append("</ul></div>\n");
        }

        html.Append("<h2 id=\"questions\">Answers</h2>\n");
        foreach (var figure in questions) Section(html, figure, "Answer");
        html.Append("<h2 id=\"breakdowns\">Who answered, where and when</h2>\n");
        foreach (var figure in breakdowns) Section(html, figure, figure.Anchor == "by-day" ? "Day" : figure.Anchor == "by-kiosk" ? "Kiosk" : "Language");
        Versions(html, report);
        html.Append("</main>\n<footer class=\"wrap\">Made by <code>exhibition-pack survey report</code>. Each response is counted once, by its id; ")
            .Append("percentages are of those who answered the question. The merged responses are in <code>responses.csv</code>.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, string title, SurveyReport report, int exports)
    {
        html.Append("<header><div class=\"wrap\"><p class=\"kicker\">Survey report</p><h1>").Append(E(title)).Append("</h1>");
        var days = report.ByDate.Count == 0 ? "" : $"{report.ByDate[0].Key} to {report.ByDate[^1].Key}";
        html.Append("<p>").Append(E(days)).Append("</p></div></header>\n<div class=\"wrap\"><div class=\"stats\">");
        Stat(html, report.Responses, "responses");
        Stat(html, report.ByKiosk.Count, "kiosks");
        Stat(html, report.ByLanguage.Count, "languages");
        Stat(html, report.ByDate.Count, "days");
        Stat(html, exports, "exports merged");
        Stat(html, report.DuplicatesIgnored, "copies ignored");
        html.Append("</div><nav><a href=\"#questions\">Answers</a><a href=\"#by-language\">Languages</a><a href=\"#by-kiosk\">Kiosks</a>")
            .Append("<a href=\"#by-day\">Days</a><a href=\"#versions\">Bundle versions</a></nav></div>\n");
    }

    private static void Stat(StringBuilder html, int value, string what) =>
        html.Append("<div class=\"stat\"><b>").Append(value.ToString("N0", CultureInfo.InvariantCulture)).Append("</b><span>").Append(what).Append("</span></div>");

    private static void Section(StringBuilder html, ReportFigure figure, string what)
    {
        var spec = figure.Spec;
        // A chart draws its own heading and note (so it stands alone when copied out of charts/); beside one, the
        // page's heading is kept for anchors and screen readers but not shown twice.
        var shown = figure.ChartFile is null ? "" : " class=\"sr\"";
        html.Append("<section id=\"").Append(E(figure.Anchor)).Append("\"><h3").Append(shown).Append('>').Append(E(spec.Title))
            .Append("</h3><p class=\"note").Append(figure.ChartFile is null ? "" : " sr").Append("\">").Append(E(spec.Subtitle)).Append("</p>\n");
        if (figure.ChartFile is { } chart)
        {
            html.Append("<img src=\"charts/").Append(E(chart)).Append("\" alt=\"").Append(E(spec.Title)).Append(" (chart; the table below gives its figures)\" width=\"")
                .Append(ChartLayout.Width).Append("\">\n");
            Table(html, figure, what);
        }

        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, ReportFigure figure, string what)
    {
        var spec = figure.Spec;
        html.Append("<table><thead><tr><th>").Append(what).Append("</th><th class=\"n\">Count</th><th class=\"n\">Share</th></tr></thead><tbody>\n");
        for (var i = 0; i < spec.Bars.Count; i++)
        {
            var bar = spec.Bars[i];
            var key = figure.Keys.Count > i && figure.Keys[i] != bar.Label ? $" <code>{E(figure.Keys[i])}</code>" : "";
            var share = spec.Total == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * bar.Count / spec.Total:0.0}%");
            html.Append("<tr><td>").Append(E(bar.Label)).Append(key).Append("</td><td class=\"n\">")
                .Append(bar.Count.ToString("N0", CultureInfo.InvariantCulture)).Append("</td><td class=\"n\">").Append(share).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Versions(StringBuilder html, SurveyReport report)
    {
        html.Append("<section id=\"versions\"><h3>Bundle versions</h3><p class=\"note\">Which exhibition bundle asked the questions.</p>")
            .Append("<table><thead><tr><th>Bundle</th><th class=\"n\">Responses</th></tr></thead><tbody>\n");
        foreach (var version in report.ByBundleVersion)
        {
            html.Append("<tr><td><code>").Append(E(version.Key)).Append("</code></td><td class=\"n\">")
                .Append(version.Count.ToString("N0", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
