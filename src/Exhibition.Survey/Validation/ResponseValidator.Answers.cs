using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Validation;

public static partial class ResponseValidator
{
    /// <summary>Lowest scale value (the saddest face).</summary>
    public const int ScaleMin = 1;

    /// <summary>Highest scale value (the happiest face).</summary>
    public const int ScaleMax = 5;

    private static void CheckAnswer(SurveyQuestion question, SurveyAnswer answer, List<SurveyProblem> problems)
    {
        if (answer.Kind != question.Kind)
        {
            problems.Add(new(question.Id, $"needs a {KindName(question.Kind)} answer, not a {KindName(answer.Kind)} one"));
            return;
        }

        switch (question.Kind)
        {
            case QuestionKind.Single:
                CheckOption(question, answer.AsSingle, problems);
                break;
            case QuestionKind.Multi:
                CheckOptions(question, answer.AsMulti, problems);
                break;
            case QuestionKind.Scale when answer.AsScale is < ScaleMin or > ScaleMax:
                problems.Add(new(question.Id, $"needs a value from {ScaleMin} to {ScaleMax}, not {answer.AsScale}"));
                break;
            case QuestionKind.Text:
                CheckText(question, answer.AsText, problems);
                break;
        }
    }

    private static void CheckOption(SurveyQuestion question, string optionId, List<SurveyProblem> problems)
    {
        if (question.Options.All(o => o.Id != optionId))
        {
            problems.Add(new(question.Id, $"has no option '{optionId}' (options: {string.Join(", ", question.Options.Select(o => o.Id))})"));
        }
    }

    private static void CheckOptions(SurveyQuestion question, IReadOnlyList<string> optionIds, List<SurveyProblem> problems)
    {
        if (optionIds.Count == 0 && question.Required) problems.Add(new(question.Id, "is required but no option is chosen"));
        foreach (var id in optionIds) CheckOption(question, id, problems);
        foreach (var repeated in optionIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(question.Id, $"lists option '{repeated.Key}' more than once"));
        }
    }

    // The length is counted in text elements (what a visitor sees as characters), and the text itself never appears
    // in the message.
    private static void CheckText(SurveyQuestion question, string text, List<SurveyProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text) && question.Required)
        {
            problems.Add(new(question.Id, "is required but the text is empty"));
        }

        var length = new System.Globalization.StringInfo(text).LengthInTextElements;
        if (length > question.MaxLength)
        {
            problems.Add(new(question.Id, $"text has {length} characters; at most {question.MaxLength} are allowed"));
        }
    }

    internal static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.YesNo => "yes/no (true or false)",
        QuestionKind.Single => "single-choice (an option id)",
        QuestionKind.Multi => "multiple-choice (an array of option ids)",
        QuestionKind.Scale => "scale (a whole number 1 to 5)",
        _ => "text (a string)",
    };
}
