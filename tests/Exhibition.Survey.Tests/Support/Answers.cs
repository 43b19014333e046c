using Exhibition.Survey.Model;

namespace Exhibition.Survey.Tests.Support;

/// <summary>Valid answers to <see cref="SampleSurvey"/>, to change one at a time.</summary>
internal static class Answers
{
    public static Dictionary<string, SurveyAnswer> Valid() => new()
    {
        [SampleSurvey.YesNo] = SurveyAnswer.YesNo(true),
        [SampleSurvey.Single] = SurveyAnswer.Single("adult"),
        [SampleSurvey.Multi] = SurveyAnswer.Multi(["lab", "engineering"]),
        [SampleSurvey.Scale] = SurveyAnswer.Scale(4),
        [SampleSurvey.Text] = SurveyAnswer.Text("great"),
    };

    public static SurveyResponse Response(string kioskId = "0123456789abcdef0123456789abcdef") =>
        SurveyResponse.Create(new ResponseOrigin("technicians-gallery", "1.2.0", kioskId), "en",
            new DateTimeOffset(2026, 11, 22, 14, 37, 12, TimeSpan.Zero), TimeSpan.FromMinutes(7), Valid());
}
