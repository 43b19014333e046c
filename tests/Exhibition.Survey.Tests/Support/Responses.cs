using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Tests.Support;

/// <summary>Many varied valid responses to <see cref="SampleSurvey"/>, and stores filled with them quickly.</summary>
internal static class Responses
{
    public static SurveyResponse Varied(string kioskId, int seed) =>
        SurveyResponse.Create(new ResponseOrigin("technicians-gallery", "1.2.0", kioskId), seed % 2 == 0 ? "en" : "cy",
            new DateTimeOffset(2026, 11, 20 + seed % 3, 9 + seed % 8, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(seed % 25),
            new Dictionary<string, SurveyAnswer>
            {
                [SampleSurvey.YesNo] = SurveyAnswer.YesNo(seed % 3 == 0),
                [SampleSurvey.Single] = SurveyAnswer.Single(seed % 4 == 0 ? "adult" : "14-16"),
                [SampleSurvey.Multi] = SurveyAnswer.Multi(seed % 2 == 0 ? ["lab", "theatre"] : ["engineering"]),
                [SampleSurvey.Scale] = SurveyAnswer.Scale(1 + seed % 5),
                [SampleSurvey.Text] = SurveyAnswer.Text($"n{seed}"),
            });

    /// <summary>Opens a store in <paramref name="folder"/> holding <paramref name="count"/> pending responses.</summary>
    public static SurveyStore FilledStore(string folder, int count)
    {
        var store = SurveyStore.Open(folder);
        store.StoreBatch(Enumerable.Range(0, count).Select(i => Varied(store.KioskId, i)));
        return store;
    }
}
