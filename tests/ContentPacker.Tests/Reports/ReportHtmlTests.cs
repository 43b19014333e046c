using ContentPacker.Reports;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Reports;

namespace ContentPacker.Tests.Reports;

public sealed class ReportHtmlTests
{
    [Test]
    public void The_html_has_a_section_for_each_question_with_its_text_options_and_chart()
    {
        // Given a bundle's survey whose texts need escaping, and responses to it
        var labels = new ReportLabels(Tour());
        var report = SurveyReport.Build(Enumerable.Range(0, 12).Select(i => SurveyExports.Response("k", i)), labels.Survey);
        var questions = ReportFigures.Questions(report, labels);

        // When the page is written
        var html = ReportHtml.Write(report, labels, questions, ReportFigures.Breakdowns(report), ["a warning & more"], 1);

        // Then every question's text is there (escaped), its option labels too, and a chart for each non-text question
        Assert.That(html, Does.Contain("1. Did you enjoy &lt;the&gt; visit?"));
        foreach (var text in new[] { "How old are you?", "Which careers interest you?", "How would you rate it?", "Anything else?" })
            Assert.That(html, Does.Contain(text));
        Assert.That(html, Does.Contain("Adult (18+)").And.Contain("Laboratory").And.Contain("<code>lab</code>"));
        Assert.That(questions.Count(q => q.ChartFile is not null), Is.EqualTo(4));
        foreach (var figure in questions.Where(q => q.ChartFile is not null))
            Assert.That(html, Does.Contain($"src=\"charts/{figure.ChartFile}\""));
        Assert.That(html, Does.Contain("a warning &amp; more").And.Contain("#14213D").And.Contain("#FCA311"));
        var mean = Enumerable.Range(0, 12).Average(i => 1 + i % 5);
        Assert.That(html, Does.Contain(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"mean {mean:0.00} on a scale of 1 to 5")));
    }

    [Test]
    public void Without_a_bundle_the_ids_are_shown()
    {
        var labels = new ReportLabels(null);
        var report = SurveyReport.Build([SurveyExports.Response("k", 1)]);

        var html = ReportHtml.Write(report, labels, ReportFigures.Questions(report, labels), ReportFigures.Breakdowns(report), [], 1);

        Assert.That(html, Does.Contain(". enjoyed</h3>").And.Contain(". careers</h3>").And.Contain("<td>engineering</td>"));
    }

    private static Tour Tour()
    {
        static LocalizedText T(string en) => new([new("en", en), new("cy", en + " (cy)")]);
        return new Tour
        {
            Id = "technicians-gallery", Version = "1.0.0", Title = T("Technicians"), Languages = ["en", "cy"], FirstScene = "s",
            Scenes = [], Kiosk = new KioskSettings(),
            Survey = new Exhibition.Bundle.Model.Survey
            {
                Questions =
                [
                    new SurveyQuestion { Id = "enjoyed", Kind = QuestionKind.YesNo, Text = T("Did you enjoy <the> visit?") },
                    new SurveyQuestion { Id = "age", Kind = QuestionKind.Single, Text = T("How old are you?"), Options = [new("14-16", T("14 to 16")), new("adult", T("Adult (18+)"))] },
                    new SurveyQuestion { Id = "careers", Kind = QuestionKind.Multi, Text = T("Which careers interest you?"), Options = [new("lab", T("Laboratory")), new("engineering", T("Engineering"))] },
                    new SurveyQuestion { Id = "rating", Kind = QuestionKind.Scale, Text = T("How would you rate it?") },
                    new SurveyQuestion { Id = "comment", Kind = QuestionKind.Text, Text = T("Anything else?") },
                ],
            },
        };
    }
}
