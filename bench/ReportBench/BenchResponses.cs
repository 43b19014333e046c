using Exhibition.Survey.Model;

namespace ReportBench;

/// <summary>Plausible responses to a five-question survey, varied by a seeded random source.</summary>
internal static class BenchResponses
{
    private static readonly string[] Ages = ["under-14", "14-16", "17-18", "adult"];
    private static readonly string[] Careers = ["lab", "theatre", "engineering", "digital", "estates"];

    public static SurveyResponse Make(Random random, string kioskId)
    {
        var answers = new Dictionary<string, SurveyAnswer>
        {
            ["enjoyed"] = SurveyAnswer.YesNo(random.NextDouble() < 0.8),
            ["age"] = SurveyAnswer.Single(Ages[random.Next(Ages.Length)]),
            ["careers"] = SurveyAnswer.Multi(Careers.Where(_ => random.NextDouble() < 0.35)),
            ["rating"] = SurveyAnswer.Scale(Math.Clamp((int)Math.Round(3.6 + random.NextDouble() * 2.4 - 1.0), 1, 5)),
        };
        if (random.NextDouble() < 0.3) answers["comment"] = SurveyAnswer.Text($"Loved the lab, \"really\" good #{random.Next(1000)}");
        var day = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero).AddDays(random.Next(30)).AddHours(random.Next(8));
        return SurveyResponse.Create(new ResponseOrigin("technicians-gallery", "1.2.0", kioskId),
            random.NextDouble() < 0.7 ? "en" : "cy", day, TimeSpan.FromMinutes(random.Next(30)), answers);
    }
}
