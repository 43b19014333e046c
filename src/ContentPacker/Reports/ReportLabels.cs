using Exhibition.Bundle.Model;

namespace ContentPacker.Reports;

/// <summary>
/// Question texts and option labels from the bundle's survey, in its first language; without a bundle (or for a
/// question or option it does not know) the ids themselves.
/// </summary>
internal sealed class ReportLabels(Tour? tour)
{
    private readonly string _language = tour?.Languages.FirstOrDefault() ?? "en";
    private readonly Dictionary<string, SurveyQuestion> _questions =
        tour?.Survey.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal) ?? [];

    /// <summary>The survey, when a bundle was given.</summary>
    public Exhibition.Bundle.Model.Survey? Survey => tour?.Survey;

    /// <summary>The bundle's title, or null.</summary>
    public string? Title => tour?.Title.In(_language);

    public string Question(string id) =>
        _questions.TryGetValue(id, out var question) && question.Text.In(_language) is { Length: > 0 } text ? text : id;

    public string Option(string questionId, string optionId) => optionId switch
    {
        _ when _questions.TryGetValue(questionId, out var q) && q.Options.FirstOrDefault(o => o.Id == optionId) is { } option
            => option.Text.In(_language) is { Length: > 0 } text ? text : optionId,
        "yes" => "Yes",
        "no" => "No",
        _ => optionId,
    };
}
