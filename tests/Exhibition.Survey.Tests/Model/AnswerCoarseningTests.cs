using Exhibition.Survey.Model;

namespace Exhibition.Survey.Tests.Model;

public sealed class AnswerCoarseningTests
{
    [Test]
    public void A_time_keeps_its_date_and_hour_only()
    {
        var coarse = AnswerCoarsening.ToHour(new DateTime(2026, 11, 22, 14, 59, 59));

        Assert.That(coarse, Is.EqualTo(new CoarseTime(new DateOnly(2026, 11, 22), 14)));
    }

    [Test]
    public void A_time_with_an_offset_keeps_the_kiosk_wall_clock_hour()
    {
        var coarse = AnswerCoarsening.ToHour(new DateTimeOffset(2026, 6, 1, 23, 5, 0, TimeSpan.FromHours(1)));

        Assert.That(coarse, Is.EqualTo(new CoarseTime(new DateOnly(2026, 6, 1), 23)));
    }

    [TestCase(0, VisitLengthBand.Under2Min)]
    [TestCase(119, VisitLengthBand.Under2Min)]
    [TestCase(120, VisitLengthBand.From2To5Min)]
    [TestCase(299, VisitLengthBand.From2To5Min)]
    [TestCase(300, VisitLengthBand.From5To10Min)]
    [TestCase(600, VisitLengthBand.From10To20Min)]
    [TestCase(1199, VisitLengthBand.From10To20Min)]
    [TestCase(1200, VisitLengthBand.Over20Min)]
    [TestCase(86400, VisitLengthBand.Over20Min)]
    public void A_visit_length_falls_in_the_band_of_its_lower_bound(int seconds, VisitLengthBand expected)
    {
        Assert.That(AnswerCoarsening.ToBand(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));
    }

    [Test]
    public void A_negative_visit_length_is_refused()
    {
        Assert.That(() => AnswerCoarsening.ToBand(TimeSpan.FromSeconds(-1)), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void A_created_response_holds_only_coarse_time_and_a_random_id()
    {
        var origin = new ResponseOrigin("b", "1", "k");
        var at = new DateTimeOffset(2026, 11, 22, 9, 41, 17, TimeSpan.Zero);

        var first = SurveyResponse.Create(origin, "en", at, TimeSpan.FromMinutes(12), new Dictionary<string, SurveyAnswer>());
        var second = SurveyResponse.Create(origin, "en", at, null, new Dictionary<string, SurveyAnswer>());

        Assert.That((first.Date, first.Hour), Is.EqualTo((new DateOnly(2026, 11, 22), 9)));
        Assert.That(first.VisitLength, Is.EqualTo(VisitLengthBand.From10To20Min));
        Assert.That(second.VisitLength, Is.EqualTo(VisitLengthBand.Unknown));
        Assert.That(first.Id, Is.Not.EqualTo(second.Id));
        Assert.That(first.Id.Version, Is.EqualTo(4));
    }

    [Test]
    public void A_response_never_shows_its_answers_as_text()
    {
        var response = Support.Answers.Response();

        Assert.That(response.ToString(), Does.Not.Contain("great"));
        Assert.That(response.Answers[Support.SampleSurvey.Text].ToString(), Does.Not.Contain("great"));
    }
}
