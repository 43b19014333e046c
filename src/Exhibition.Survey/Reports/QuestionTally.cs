using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Reports;

/// <summary>The running counts of one question's answers of one kind.</summary>
internal sealed class QuestionTally(string questionId, QuestionKind kind)
{
    // Insertion-ordered so that declared options keep the survey's order and new ones follow as first seen.
    private readonly List<string> _optionOrder = [];
    private readonly Dictionary<string, int> _options = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, int> _scale = [];
    private int _answered;
    private long _scaleSum;

    public void Declare(IEnumerable<string> optionIds)
    {
        foreach (var id in optionIds) Count(id, 0);
    }

    public void Add(SurveyAnswer answer)
    {
        _answered++;
        switch (kind)
        {
            case QuestionKind.YesNo: Count(answer.AsYesNo ? "yes" : "no", 1); break;
            case QuestionKind.Single: Count(answer.AsSingle, 1); break;
            case QuestionKind.Multi:
                foreach (var option in answer.AsMulti.Distinct(StringComparer.Ordinal)) Count(option, 1);
                break;
            case QuestionKind.Scale:
                _scale[answer.AsScale] = _scale.GetValueOrDefault(answer.AsScale) + 1;
                _scaleSum += answer.AsScale;
                break;
        }
    }

    public QuestionReport ToReport() => new(
        questionId, kind, _answered,
        _optionOrder.Select(id => new KeyCount(id, _options[id])).ToList(),
        kind == QuestionKind.Scale ? ScaleReport() : null);

    private ScaleReport ScaleReport()
    {
        var values = new SortedDictionary<int, int>(_scale);
        for (var value = 1; value <= 5; value++) values.TryAdd(value, 0);
        var count = _scale.Values.Sum();
        double? mean = count == 0 ? null : (double)_scaleSum / count;
        return new ScaleReport(mean, values.Select(p => new ValueCount(p.Key, p.Value)).ToList());
    }

    private void Count(string optionId, int add)
    {
        if (!_options.TryGetValue(optionId, out var count)) _optionOrder.Add(optionId);
        _options[optionId] = count + add;
    }
}
