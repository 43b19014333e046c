using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Exhibition.Survey.Exports;
using Exhibition.Survey.Reports;
using Exhibition.Survey.Storage;

namespace ContentPacker.Reports;

/// <summary>
/// Writes a report folder from merged exports: <c>responses.csv</c> (every distinct response), <c>report.json</c>
/// (the counts), <c>charts/*.png</c> and <c>report.html</c>; all of it or nothing (see <see cref="ReportFolder"/>).
/// </summary>
internal static class SurveyReportWriter
{
    public const string CsvName = "responses.csv";
    public const string JsonName = "report.json";
    public const string ChartsFolder = "charts";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static ReportSummary Write(string output, MergedExports merged, ReportLabels labels, IReadOnlyList<string> warnings, int exports)
    {
        // The merger already removed the copies; the report says how many there were.
        var report = SurveyReport.Build(merged.Responses, labels.Survey) with { DuplicatesIgnored = merged.DuplicatesIgnored };
        var questions = ReportFigures.Questions(report, labels);
        var breakdowns = ReportFigures.Breakdowns(report);
        var figures = questions.Concat(breakdowns).Where(f => f.ChartFile is not null).ToList();
        ReportFolder.Write(output, stage =>
        {
            var charts = Directory.CreateDirectory(Path.Combine(stage, ChartsFolder)).FullName;
            var csv = Task.Run(() =>
            {
                using var file = File.Create(Path.Combine(stage, CsvName));
                SurveyExportCsv.Write(file, merged.Responses, SurveyExportCsv.QuestionColumns(merged.Responses, labels.Survey));
            });
            using (var fonts = new ChartFonts())
            {
                Parallel.ForEach(figures, figure => File.WriteAllBytes(Path.Combine(charts, figure.ChartFile!),
                    figure.Columns ? ColumnChart.Render(figure.Spec, fonts) : BarChart.Render(figure.Spec, fonts)));
            }

            File.WriteAllText(Path.Combine(stage, JsonName), JsonSerializer.Serialize(report, JsonOptions), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(stage, ReportFolder.HtmlName),
                ReportHtml.Write(report, labels, questions, breakdowns, warnings, exports), new UTF8Encoding(false));
            csv.GetAwaiter().GetResult();
        });
        return new ReportSummary(Path.GetFullPath(output), exports, report.Responses, report.DuplicatesIgnored,
            report.ByKiosk.Count, report.Questions.Count, figures.Select(f => $"{ChartsFolder}/{f.ChartFile}").ToList(), warnings);
    }
}
