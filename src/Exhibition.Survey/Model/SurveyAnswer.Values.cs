using Exhibition.Bundle.Model;

namespace Exhibition.Survey.Model;

public readonly partial struct SurveyAnswer
{
    /// <summary>The yes/no value.</summary>
    /// <exception cref="InvalidOperationException">This is not a yes/no answer.</exception>
    public bool AsYesNo => Require(QuestionKind.YesNo)._flag;

    /// <summary>The chosen option id.</summary>
    /// <exception cref="InvalidOperationException">This is not a single-choice answer.</exception>
    public string AsSingle => Require(QuestionKind.Single)._text!;

    /// <summary>The chosen option ids.</summary>
    /// <exception cref="InvalidOperationException">This is not a multiple-choice answer.</exception>
    public IReadOnlyList<string> AsMulti => Require(QuestionKind.Multi)._options ?? [];

    /// <summary>The scale value.</summary>
    /// <exception cref="InvalidOperationException">This is not a scale answer.</exception>
    public int AsScale => Require(QuestionKind.Scale)._number;

    /// <summary>The text.</summary>
    /// <exception cref="InvalidOperationException">This is not a text answer.</exception>
    public string AsText => Require(QuestionKind.Text)._text!;

    private SurveyAnswer Require(QuestionKind kind) =>
        Kind == kind ? this : throw new InvalidOperationException($"This answer is a {Kind} answer, not {kind}.");

    /// <inheritdoc />
    public bool Equals(SurveyAnswer other) =>
        Kind == other.Kind && _flag == other._flag && _number == other._number
        && string.Equals(_text, other._text, StringComparison.Ordinal)
        && (_options ?? []).AsSpan().SequenceEqual(other._options ?? []);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SurveyAnswer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _flag, _number, _text, _options?.Length ?? 0);

    /// <summary>Whether two answers are equal.</summary>
    public static bool operator ==(SurveyAnswer left, SurveyAnswer right) => left.Equals(right);

    /// <summary>Whether two answers differ.</summary>
    public static bool operator !=(SurveyAnswer left, SurveyAnswer right) => !left.Equals(right);

    /// <summary>The kind only: answers are never written to logs.</summary>
    public override string ToString() => $"{Kind} answer";
}
