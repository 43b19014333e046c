using Exhibition.Survey.Model;

namespace CollectorBench;

/// <summary>A simulated kiosk's responses, held in memory.</summary>
internal static class BenchData
{
    public static SurveyResponse[] Kiosk(int kiosk, int count)
    {
        var origin = new ResponseOrigin("sample-exhibition", "1.0.0", kiosk.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
        return Enumerable.Range(0, count).Select(i => SurveyResponse.Create(origin, i % 3 == 0 ? "cy" : "en",
            new DateTimeOffset(2025, 5, 1 + i % 28, 9 + i % 8, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(i % 25),
            new Dictionary<string, SurveyAnswer>
            {
                ["enjoyed"] = SurveyAnswer.YesNo(i % 4 != 0),
                ["rating"] = SurveyAnswer.Scale(1 + i % 5),
                ["roles"] = SurveyAnswer.Multi(i % 2 == 0 ? ["lab", "theatre"] : ["museum"]),
                ["career"] = SurveyAnswer.Single(i % 3 == 0 ? "maybe" : "yes"),
                ["comment"] = SurveyAnswer.Text("I liked the lighting rig"),
            })).ToArray();
    }
}
