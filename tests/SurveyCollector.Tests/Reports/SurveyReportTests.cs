using Exhibition.Bundle.Model;
using Exhibition.Survey.Reports;
using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests.Reports;

[TestFixture]
public sealed class SurveyReportTests
{
    [Test]
    public void Scale_mean_and_distribution_are_computed_from_the_answers()
    {
        var responses = Enumerable.Range(0, 10).Select(i => KioskData.Response("k", i)).ToList();

        var rating = SurveyReport.Build(responses).Questions.Single(q => q.QuestionId == "rating");

        // ratings are 1 + i % 5 for i = 0..9: two of each value, mean 3
        Assert.That(rating.Scale!.Mean, Is.EqualTo(3.0).Within(1e-9));
        Assert.That(rating.Scale.Distribution.Select(d => d.Count), Is.EqualTo(new[] { 2, 2, 2, 2, 2 }));
    }

    [Test]
    public void Multi_choice_options_languages_and_dates_are_counted()
    {
        var responses = Enumerable.Range(0, 6).Select(i => KioskData.Response("k", i)).ToList();

        var report = SurveyReport.Build(responses);

        var roles = report.Questions.Single(q => q.QuestionId == "roles");
        Assert.That(roles.Options, Is.EquivalentTo(new[] { new KeyCount("lab", 3), new KeyCount("theatre", 3), new KeyCount("museum", 3) }));
        Assert.That(report.ByLanguage, Is.EqualTo(new[] { new KeyCount("cy", 2), new KeyCount("en", 4) }));
        Assert.That(report.ByDate.Select(d => d.Count), Is.EqualTo(new[] { 2, 2, 2 }));
    }

    [Test]
    public void Options_the_survey_declares_but_nobody_chose_are_listed_with_zero()
    {
        var survey = new Exhibition.Bundle.Model.Survey
        {
            Questions =
            [
                new SurveyQuestion
                {
                    Id = "roles", Kind = QuestionKind.Multi, Text = new LocalizedText(),
                    Options = [new SurveyOption("lab", new LocalizedText()), new SurveyOption("workshop", new LocalizedText())],
                },
            ],
        };

        var report = SurveyReport.Build([KioskData.Response("k", 0)], survey);

        Assert.That(report.Questions[0].Options, Is.EqualTo(new[] { new KeyCount("lab", 1), new KeyCount("workshop", 0), new KeyCount("theatre", 1) }));
    }
}
