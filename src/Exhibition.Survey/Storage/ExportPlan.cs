using Exhibition.Survey.Model;

namespace Exhibition.Survey.Storage;

/// <summary>
/// What an export must know before its first line: the CSV's question columns and the bundles the manifest names.
/// Gathered in a first pass, so that the second can stream the responses into the files without holding them all.
/// </summary>
internal sealed class ExportPlan
{
    private readonly SortedSet<string> _questions = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _bundles = new(StringComparer.Ordinal);

    /// <summary>How many responses the export holds.</summary>
    public int Count { get; private set; }

    /// <summary>Every question answered, sorted by id (ordinal), as <see cref="SurveyExportCsv.QuestionColumns"/>.</summary>
    public IReadOnlyList<string> QuestionColumns => [.. _questions];

    /// <summary>Every <c>bundle@version</c> answered, sorted.</summary>
    public IReadOnlyList<string> Bundles => [.. _bundles];

    public static ExportPlan Of(IEnumerable<SurveyResponse> responses)
    {
        var plan = new ExportPlan();
        foreach (var response in responses) plan.Add(response.BundleId, response.BundleVersion, response.Answers.Keys);
        return plan;
    }

    public void Add(string bundleId, string bundleVersion, IEnumerable<string> questionIds)
    {
        Count++;
        _bundles.Add($"{bundleId}@{bundleVersion}");
        foreach (var id in questionIds) _questions.Add(id);
    }
}
