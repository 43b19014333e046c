using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;
using Exhibition.Survey.Validation;
using SurveyModel = Exhibition.Bundle.Model.Survey;

namespace ExhibitionViewer.Surveying;

/// <summary>
/// The exit survey as a visitor moves through it, one question a screen, with no GL: the current question, the
/// answers so far, and whether Next, Back and Skip are allowed. Answers are checked against
/// <see cref="ResponseValidator"/> (the same rules <c>survey record</c> applies) before the visitor may go on.
/// </summary>
internal sealed partial class SurveyFlowState
{
    private readonly SurveyModel survey;
    private readonly IReadOnlyCollection<string> languages;
    private readonly Dictionary<string, SurveyAnswer> answers = new(StringComparer.Ordinal);

    public SurveyFlowState(SurveyModel survey, IReadOnlyCollection<string> languages, string language)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(language);
        this.survey = survey;
        this.languages = languages;
        Language = language;
    }

    /// <summary>The visitor's language (answers are stored with it).</summary>
    public string Language { get; set; }

    /// <summary>The question shown, 0-based.</summary>
    public int Index { get; private set; }

    /// <summary>How many questions there are.</summary>
    public int Count => survey.Questions.Count;

    /// <summary>The question shown, or null once the flow is complete or there are none.</summary>
    public SurveyQuestion? Current => Index < Count && !IsComplete && !IsDiscarded ? survey.Questions[Index] : null;

    /// <summary>Set once the last question was left with Next or Skip and every answer is valid.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>Set when the visit ended (idle) before the survey was complete; nothing may be stored.</summary>
    public bool IsDiscarded { get; private set; }

    /// <summary>The answers given so far (unanswered optional questions are absent).</summary>
    public IReadOnlyDictionary<string, SurveyAnswer> Answers => answers;

    /// <summary>Whether the current question is the last.</summary>
    public bool IsLast => Index == Count - 1;

    /// <summary>Whether Back is offered (not on the first question).</summary>
    public bool CanGoBack => Current is not null && Index > 0;

    /// <summary>Whether Skip is offered: the question is optional.</summary>
    public bool CanSkip => Current is { Required: false };

    /// <summary>Whether Next is allowed: the current answer is valid, or the question is optional and unanswered.</summary>
    public bool CanGoNext => Current is { } q && Problems(q).Count == 0;

    /// <summary>The current answer, if any.</summary>
    public SurveyAnswer? CurrentAnswer => Current is { } q && answers.TryGetValue(q.Id, out var a) ? a : null;

    /// <summary>Moves on if allowed; completes the flow after the last question. False if not allowed.</summary>
    public bool Next()
    {
        if (Current is { Kind: QuestionKind.Text } q && string.IsNullOrWhiteSpace(CurrentText))
        {
            answers.Remove(q.Id);
        }

        if (!CanGoNext)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Goes back one question, keeping the answers.</summary>
    public bool Back()
    {
        if (!CanGoBack)
        {
            return false;
        }

        Index--;
        return true;
    }

    /// <summary>Skips an optional question, dropping any answer to it.</summary>
    public bool Skip()
    {
        if (!CanSkip)
        {
            return false;
        }

        answers.Remove(Current!.Id);
        Advance();
        return true;
    }

    /// <summary>Ends the flow without storing anything (the visitor walked away); answers are forgotten.</summary>
    public void Discard()
    {
        answers.Clear();
        IsDiscarded = true;
    }

    private void Advance()
    {
        if (!IsLast)
        {
            Index++;
            return;
        }

        // The whole response is checked once more, as the store's other writer (survey record) would.
        IsComplete = ResponseValidator.Validate(survey, languages, Language, answers).Count == 0;
    }

    private List<SurveyProblem> Problems(SurveyQuestion question) =>
        [.. ResponseValidator.Validate(survey, languages, Language, answers).Where(p => p.QuestionId == question.Id)];
}
