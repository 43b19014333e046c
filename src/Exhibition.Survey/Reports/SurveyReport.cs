using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Reports;

/// <summary>
/// What a set of responses says, as plain records that serialize to JSON as they are: how many responses, counts per
/// question and option, each scale's mean and distribution, and counts per language, kiosk, date and bundle version.
/// Responses are counted once per id, so exports and synced copies of the same answers can be merged freely.
/// </summary>
/// <param name="Responses">Distinct responses counted.</param>
/// <param name="DuplicatesIgnored">Responses given more than once (same id) and counted once.</param>
/// <param name="Questions">One entry per question: the survey's questions first, in its order, then any others seen.</param>
/// <param name="ByLanguage">Responses per language.</param>
/// <param name="ByKiosk">Responses per kiosk id.</param>
/// <param name="ByDate">Responses per local date (yyyy-MM-dd).</param>
/// <param name="ByBundleVersion">Responses per bundle id and version (<c>id@version</c>).</param>
public sealed record SurveyReport(
    int Responses,
    int DuplicatesIgnored,
    IReadOnlyList<QuestionReport> Questions,
    IReadOnlyList<KeyCount> ByLanguage,
    IReadOnlyList<KeyCount> ByKiosk,
    IReadOnlyList<KeyCount> ByDate,
    IReadOnlyList<KeyCount> ByBundleVersion)
{
    /// <summary>
    /// Builds the report of <paramref name="responses"/>, read once and not held (so a database reader can stream
    /// millions). With <paramref name="survey"/>, every question and option it names is listed, unanswered ones with
    /// zero; without it, only what the answers themselves show.
    /// </summary>
    public static SurveyReport Build(IEnumerable<SurveyResponse> responses, Exhibition.Bundle.Model.Survey? survey = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return BuildCore(responses, survey);
    }

    private static SurveyReport BuildCore(IEnumerable<SurveyResponse> responses, Exhibition.Bundle.Model.Survey? survey)
    {
        var builder = new SurveyReportBuilder(survey);
        foreach (var response in responses) builder.Add(response);
        return builder.Build();
    }
}
