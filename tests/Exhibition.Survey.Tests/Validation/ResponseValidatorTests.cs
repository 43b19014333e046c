using Exhibition.Survey.Model;
using Exhibition.Survey.Tests.Support;
using Exhibition.Survey.Validation;

namespace Exhibition.Survey.Tests.Validation;

public sealed class ResponseValidatorTests
{
    private static IReadOnlyList<SurveyProblem> Validate(Dictionary<string, SurveyAnswer> answers, string language = "en") =>
        ResponseValidator.Validate(SampleSurvey.Tour(), language, answers);

    [Test]
    public void Valid_answers_have_no_problems()
    {
        // Given / When
        var problems = Validate(Answers.Valid());

        // Then
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_required_question_without_an_answer_is_named()
    {
        var answers = Answers.Valid();
        answers.Remove(SampleSurvey.Scale);

        var problems = Validate(answers);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].QuestionId, Is.EqualTo(SampleSurvey.Scale));
        Assert.That(problems[0].Message, Does.Contain("required"));
    }

    [Test]
    public void An_optional_question_may_be_left_unanswered()
    {
        var answers = Answers.Valid();
        answers.Remove(SampleSurvey.Text);
        answers.Remove(SampleSurvey.Multi);

        Assert.That(Validate(answers), Is.Empty);
    }

    [Test]
    public void An_unknown_question_is_named()
    {
        var answers = Answers.Valid();
        answers["favourite-colour"] = SurveyAnswer.Text("blue");

        var problems = Validate(answers);

        Assert.That(problems.Select(p => p.QuestionId), Is.EqualTo(new[] { "favourite-colour" }));
        Assert.That(problems[0].Message, Does.Contain("not a question"));
    }

    [Test]
    public void An_answer_of_the_wrong_kind_is_named()
    {
        var answers = Answers.Valid();
        answers[SampleSurvey.YesNo] = SurveyAnswer.Scale(3);

        var problems = Validate(answers);

        Assert.That(problems.Single().QuestionId, Is.EqualTo(SampleSurvey.YesNo));
        Assert.That(problems.Single().Message, Does.Contain("yes/no"));
    }

    [TestCase(SampleSurvey.Single)]
    [TestCase(SampleSurvey.Multi)]
    public void An_unknown_option_is_named(string questionId)
    {
        var answers = Answers.Valid();
        answers[questionId] = questionId == SampleSurvey.Single ? SurveyAnswer.Single("pensioner") : SurveyAnswer.Multi(["lab", "pensioner"]);

        var problems = Validate(answers);

        Assert.That(problems.Single().QuestionId, Is.EqualTo(questionId));
        Assert.That(problems.Single().Message, Does.Contain("'pensioner'"));
    }

    [Test]
    public void A_repeated_option_is_named()
    {
        var answers = Answers.Valid();
        answers[SampleSurvey.Multi] = SurveyAnswer.Multi(["lab", "lab"]);

        Assert.That(Validate(answers).Single().Message, Does.Contain("more than once"));
    }

    [TestCase(0)]
    [TestCase(6)]
    [TestCase(-1)]
    public void A_scale_value_outside_one_to_five_is_named(int value)
    {
        var answers = Answers.Valid();
        answers[SampleSurvey.Scale] = SurveyAnswer.Scale(value);

        var problems = Validate(answers);

        Assert.That(problems.Single().QuestionId, Is.EqualTo(SampleSurvey.Scale));
        Assert.That(problems.Single().Message, Does.Contain("1 to 5"));
    }

    [TestCase(1)]
    [TestCase(5)]
    public void The_scale_ends_are_valid(int value)
    {
        var answers = Answers.Valid();
        answers[SampleSurvey.Scale] = SurveyAnswer.Scale(value);

        Assert.That(Validate(answers), Is.Empty);
    }

    [Test]
    public void A_text_over_max_length_is_named_without_quoting_it()
    {
        var answers = Answers.Valid();
        answers[SampleSurvey.Text] = SurveyAnswer.Text("my name is Alice Smith!");

        var problem = Validate(answers).Single();

        Assert.That(problem.QuestionId, Is.EqualTo(SampleSurvey.Text));
        Assert.That(problem.Message, Does.Contain("at most 20"));
        Assert.That(problem.ToString(), Does.Not.Contain("Alice"));
    }

    [Test]
    public void A_text_of_exactly_max_length_counted_in_visible_characters_is_valid()
    {
        var answers = Answers.Valid();
        answers[SampleSurvey.Text] = SurveyAnswer.Text(string.Concat(Enumerable.Repeat("👍🏽", 20)));

        Assert.That(Validate(answers), Is.Empty);
    }

    [Test]
    public void A_language_that_is_not_offered_is_reported()
    {
        var problems = Validate(Answers.Valid(), "fr");

        Assert.That(problems.Single().QuestionId, Is.Null);
        Assert.That(problems.Single().Message, Does.Contain("'fr' is not offered"));
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var answers = Answers.Valid();
        answers.Remove(SampleSurvey.YesNo);
        answers[SampleSurvey.Scale] = SurveyAnswer.Scale(9);

        var problems = Validate(answers, "fr");

        Assert.That(problems.Select(p => p.QuestionId), Is.EquivalentTo(new[] { null, SampleSurvey.YesNo, SampleSurvey.Scale }));
    }
}
