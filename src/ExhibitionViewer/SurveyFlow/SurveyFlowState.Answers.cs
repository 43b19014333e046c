using System.Globalization;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace ExhibitionViewer.Surveying;

/// <summary>Answering the current question; each call is ignored unless it fits the question's kind.</summary>
internal sealed partial class SurveyFlowState
{
    public void AnswerYesNo(bool value) => Set(QuestionKind.YesNo, SurveyAnswer.YesNo(value));

    public void ChooseSingle(string optionId) => Set(QuestionKind.Single, SurveyAnswer.Single(optionId));

    public void AnswerScale(int value) => Set(QuestionKind.Scale, SurveyAnswer.Scale(value));

    /// <summary>Adds or removes an option of a multiple-choice question; none chosen counts as unanswered.</summary>
    public void ToggleMulti(string optionId)
    {
        if (Current is not { Kind: QuestionKind.Multi } q)
        {
            return;
        }

        var chosen = CurrentAnswer?.AsMulti.ToList() ?? [];
        if (!chosen.Remove(optionId))
        {
            chosen.Add(optionId);
        }

        SetOrClear(q, chosen.Count == 0 ? null : SurveyAnswer.Multi(chosen));
    }

    /// <summary>Whether the on-screen keyboard shows its digits and accents layout rather than its letters.</summary>
    public bool KeyboardSymbols { get; private set; }

    /// <summary>Switches the on-screen keyboard between its letters and its digits and accents.</summary>
    public void ToggleKeyboard() => KeyboardSymbols = !KeyboardSymbols;

    /// <summary>The text typed so far for a text question.</summary>
    public string CurrentText => CurrentAnswer is { Kind: QuestionKind.Text } a ? a.AsText : "";

    /// <summary>Appends typed text, never past the question's limit (counted in text elements).</summary>
    public void Type(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Current is not { Kind: QuestionKind.Text } q)
        {
            return;
        }

        var next = CurrentText + text;
        if (new StringInfo(next).LengthInTextElements <= q.MaxLength)
        {
            SetOrClear(q, SurveyAnswer.Text(next));
        }
    }

    /// <summary>Deletes the last character (text element) typed.</summary>
    public void Backspace()
    {
        if (Current is not { Kind: QuestionKind.Text } q || CurrentText.Length == 0)
        {
            return;
        }

        var info = new StringInfo(CurrentText);
        var shorter = info.LengthInTextElements <= 1 ? "" : info.SubstringByTextElements(0, info.LengthInTextElements - 1);
        SetOrClear(q, shorter.Length == 0 ? null : SurveyAnswer.Text(shorter));
    }

    private void Set(QuestionKind kind, SurveyAnswer answer)
    {
        if (Current is { } q && q.Kind == kind)
        {
            answers[q.Id] = answer;
        }
    }

    private void SetOrClear(SurveyQuestion question, SurveyAnswer? answer)
    {
        if (answer is { } a)
        {
            answers[question.Id] = a;
        }
        else
        {
            answers.Remove(question.Id);
        }
    }
}
