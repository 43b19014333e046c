namespace Exhibition.Survey.Validation;

/// <summary>Why a response (or an input line) cannot be stored. It names the question, never the answer given.</summary>
/// <param name="QuestionId">The question concerned, or null for the response as a whole (language, JSON syntax).</param>
/// <param name="Message">What is wrong, in English, for hosts and the exhibition team.</param>
public readonly record struct SurveyProblem(string? QuestionId, string Message)
{
    /// <summary>The message prefixed with the question, e.g. <c>question 'rating': ...</c>.</summary>
    public override string ToString() => QuestionId is null ? Message : $"question '{QuestionId}': {Message}";
}
