using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Validation;

/// <summary>Checks answers against the survey that asked them, reporting every problem at once.</summary>
public static partial class ResponseValidator
{
    /// <summary>Problems with answering <paramref name="tour"/>'s survey in <paramref name="language"/>; empty when valid.</summary>
    public static IReadOnlyList<SurveyProblem> Validate(
        Tour tour, string language, IReadOnlyDictionary<string, SurveyAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(tour);
        return Validate(tour.Survey, tour.Languages, language, answers);
    }

    /// <summary>
    /// Problems with the answers: a required question unanswered, an unknown question, an answer of the wrong kind,
    /// an unknown or repeated option, a scale value outside 1 to 5, a text over the question's MaxLength, or a
    /// language that is not offered. Empty when the answers may be stored.
    /// </summary>
    public static IReadOnlyList<SurveyProblem> Validate(
        Bundle.Model.Survey survey, IReadOnlyCollection<string> offeredLanguages, string language,
        IReadOnlyDictionary<string, SurveyAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(offeredLanguages);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(answers);
        return ValidateCore(survey, offeredLanguages, language, answers);
    }

    private static List<SurveyProblem> ValidateCore(
        Bundle.Model.Survey survey, IReadOnlyCollection<string> offeredLanguages, string language,
        IReadOnlyDictionary<string, SurveyAnswer> answers)
    {
        var problems = new List<SurveyProblem>();
        if (!offeredLanguages.Contains(language, StringComparer.Ordinal))
        {
            problems.Add(new(null, $"language '{language}' is not offered (offered: {string.Join(", ", offeredLanguages)})"));
        }

        foreach (var id in answers.Keys.Where(id => survey.Questions.All(q => q.Id != id)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(id, "is not a question of this survey"));
        }

        foreach (var question in survey.Questions)
        {
            if (answers.TryGetValue(question.Id, out var answer)) CheckAnswer(question, answer, problems);
            else if (question.Required) problems.Add(new(question.Id, "is required but has no answer"));
        }

        return problems;
    }
}
