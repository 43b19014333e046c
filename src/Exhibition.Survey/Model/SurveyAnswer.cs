using Exhibition.Bundle.Model;

namespace Exhibition.Survey.Model;

/// <summary>
/// One answer: a yes/no, an option id, a set of option ids, a scale value or a short text, tagged with its
/// <see cref="QuestionKind"/> so that it reads back the same whatever survey version is at hand.
/// </summary>
public readonly partial struct SurveyAnswer : IEquatable<SurveyAnswer>
{
    private readonly bool _flag;
    private readonly int _number;
    private readonly string? _text;
    private readonly string[]? _options;

    private SurveyAnswer(QuestionKind kind, bool flag, int number, string? text, string[]? options)
    {
        Kind = kind;
        _flag = flag;
        _number = number;
        _text = text;
        _options = options;
    }

    /// <summary>The kind of question this answers.</summary>
    public QuestionKind Kind { get; }

    /// <summary>A yes/no answer.</summary>
    public static SurveyAnswer YesNo(bool value) => new(QuestionKind.YesNo, value, 0, null, null);

    /// <summary>A single-choice answer: the chosen option id.</summary>
    public static SurveyAnswer Single(string optionId)
    {
        ArgumentNullException.ThrowIfNull(optionId);
        return new(QuestionKind.Single, false, 0, optionId, null);
    }

    /// <summary>A multiple-choice answer: the chosen option ids, in the visitor's order.</summary>
    public static SurveyAnswer Multi(IEnumerable<string> optionIds)
    {
        ArgumentNullException.ThrowIfNull(optionIds);
        var copy = optionIds.ToArray();
        if (Array.Exists(copy, id => id is null)) throw new ArgumentException("An option id is null.", nameof(optionIds));
        return new(QuestionKind.Multi, false, 0, null, copy);
    }

    /// <summary>A scale answer (1 to 5 when valid; the validator checks the range).</summary>
    public static SurveyAnswer Scale(int value) => new(QuestionKind.Scale, false, value, null, null);

    /// <summary>A free-text answer.</summary>
    public static SurveyAnswer Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(QuestionKind.Text, false, 0, text, null);
    }
}
