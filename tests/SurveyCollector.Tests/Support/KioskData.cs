using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>Responses as a kiosk makes them, and kiosk stores filled with them.</summary>
public static class KioskData
{
    public static SurveyResponse Response(string kioskId, int index) => SurveyResponse.Create(
        new ResponseOrigin("sample-exhibition", "1.0.0", kioskId), index % 3 == 0 ? "cy" : "en",
        new DateTimeOffset(2025, 5, 1 + index % 3, 9 + index % 8, 17, 0, TimeSpan.Zero), TimeSpan.FromMinutes(index % 25),
        new Dictionary<string, SurveyAnswer>
        {
            ["enjoyed"] = SurveyAnswer.YesNo(index % 4 != 0),
            ["rating"] = SurveyAnswer.Scale(1 + index % 5),
            ["roles"] = SurveyAnswer.Multi(index % 2 == 0 ? ["lab", "theatre"] : ["museum"]),
            ["comment"] = SurveyAnswer.Text($"comment {index}, with \"quotes\""),
        });

    /// <summary>A store in <paramref name="folder"/> holding <paramref name="count"/> pending responses; returns their ids.</summary>
    public static HashSet<Guid> FillStore(string folder, int count)
    {
        using var store = SurveyStore.Open(folder);
        var ids = new HashSet<Guid>();
        for (var i = 0; i < count; i++)
        {
            var response = Response(store.KioskId, i);
            store.Store(response);
            ids.Add(response.Id);
        }

        return ids;
    }
}
