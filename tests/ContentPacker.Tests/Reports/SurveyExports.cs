using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

namespace ContentPacker.Tests.Reports;

/// <summary>Kiosk stores that export real survey exports, through the public store API a viewer uses.</summary>
internal static class SurveyExports
{
    public static SurveyResponse Response(string kioskId, int seed) =>
        SurveyResponse.Create(new ResponseOrigin("technicians-gallery", "1.0.0", kioskId), seed % 3 == 0 ? "cy" : "en",
            new DateTimeOffset(2026, 11, 20 + seed % 2, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(4),
            new Dictionary<string, SurveyAnswer>
            {
                ["enjoyed"] = SurveyAnswer.YesNo(seed % 4 != 0),
                ["age"] = SurveyAnswer.Single(seed % 2 == 0 ? "adult" : "14-16"),
                ["careers"] = SurveyAnswer.Multi(seed % 2 == 0 ? ["lab"] : ["lab", "engineering"]),
                ["rating"] = SurveyAnswer.Scale(1 + seed % 5),
                ["comment"] = SurveyAnswer.Text($"c{seed}"),
            });

    /// <summary>A kiosk store in <paramref name="data"/> that stored <paramref name="count"/> responses.</summary>
    public static SurveyStore Kiosk(string data, int count, int seed = 0)
    {
        var store = SurveyStore.Open(data);
        for (var i = 0; i < count; i++) store.Store(Response(store.KioskId, seed + i));
        return store;
    }
}
