using System.Globalization;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Reports;

/// <summary>Accumulates a <see cref="SurveyReport"/> one response at a time.</summary>
internal sealed class SurveyReportBuilder
{
    private readonly HashSet<Guid> _seen = [];
    private readonly List<QuestionTally> _questions = [];
    private readonly Dictionary<(string, QuestionKind), QuestionTally> _byQuestion = [];
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kiosks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private int _duplicates;

    public SurveyReportBuilder(Exhibition.Bundle.Model.Survey? survey)
    {
        foreach (var question in survey?.Questions ?? [])
        {
            var tally = Tally(question.Id, question.Kind);
            if (question.Kind == QuestionKind.YesNo) tally.Declare(["yes", "no"]);
            tally.Declare(question.Options.Select(o => o.Id));
        }
    }

    public void Add(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!_seen.Add(response.Id))
        {
            _duplicates++;
            return;
        }

        Increment(_languages, response.Language);
        Increment(_kiosks, response.KioskId);
        Increment(_dates, response.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Increment(_versions, $"{response.BundleId}@{response.BundleVersion}");
        foreach (var (questionId, answer) in response.Answers) Tally(questionId, answer.Kind).Add(answer);
    }

    public SurveyReport Build() => new(
        _seen.Count, _duplicates, _questions.Select(q => q.ToReport()).ToList(),
        Sorted(_languages), Sorted(_kiosks), Sorted(_dates), Sorted(_versions));

    private QuestionTally Tally(string questionId, QuestionKind kind)
    {
        if (_byQuestion.TryGetValue((questionId, kind), out var tally)) return tally;
        tally = new QuestionTally(questionId, kind);
        _byQuestion.Add((questionId, kind), tally);
        _questions.Add(tally);
        return tally;
    }

    internal static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<KeyCount> Sorted(Dictionary<string, int> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyCount(p.Key, p.Value)).ToList();
}
