using Exhibition.Survey.Model;
using Exhibition.Survey.Tests.Support;
using Exhibition.Survey.Validation;

namespace Exhibition.Survey.Tests.Validation;

public sealed class SurveyLineParserTests
{
    private static ParsedSurveyLine Parse(string line) => SurveyLineParser.Parse(line, SampleSurvey.Tour().Survey);

    [Test]
    public void A_valid_line_gives_each_answer_its_kind()
    {
        var parsed = Parse("""{"language": "cy", "answers": {"enjoyed": false, "age": "adult", "careers": ["lab"], "rating": 5, "comment": "hi"}}""");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Language, Is.EqualTo("cy"));
        Assert.That(parsed.Answers[SampleSurvey.YesNo], Is.EqualTo(SurveyAnswer.YesNo(false)));
        Assert.That(parsed.Answers[SampleSurvey.Single], Is.EqualTo(SurveyAnswer.Single("adult")));
        Assert.That(parsed.Answers[SampleSurvey.Multi], Is.EqualTo(SurveyAnswer.Multi(["lab"])));
        Assert.That(parsed.Answers[SampleSurvey.Scale], Is.EqualTo(SurveyAnswer.Scale(5)));
        Assert.That(parsed.Answers[SampleSurvey.Text], Is.EqualTo(SurveyAnswer.Text("hi")));
    }

    [TestCase("""{"enjoyed": "yes"}""", "enjoyed", "yes/no")]
    [TestCase("""{"age": 3}""", "age", "single-choice")]
    [TestCase("""{"careers": "lab"}""", "careers", "multiple-choice")]
    [TestCase("""{"careers": ["lab", 2]}""", "careers", "multiple-choice")]
    [TestCase("""{"rating": 4.5}""", "rating", "not a whole number")]
    [TestCase("""{"rating": "4"}""", "rating", "scale")]
    [TestCase("""{"comment": 12}""", "comment", "text")]
    public void A_value_of_the_wrong_type_names_the_question(string answers, string question, string expected)
    {
        var parsed = Parse($$"""{"language": "en", "answers": {{answers}}}""");

        var problem = parsed.Problems.Single();
        Assert.That(problem.QuestionId, Is.EqualTo(question));
        Assert.That(problem.Message, Does.Contain(expected));
    }

    [Test]
    public void A_wrongly_typed_text_is_not_quoted_in_the_problem()
    {
        var parsed = Parse("""{"language": "en", "answers": {"rating": "my phone is 07700 900123"}}""");

        Assert.That(parsed.Problems.Single().ToString(), Does.Not.Contain("07700"));
    }

    [Test]
    public void An_unknown_question_is_named()
    {
        var parsed = Parse("""{"language": "en", "answers": {"shoe-size": 9}}""");

        Assert.That(parsed.Problems.Single().QuestionId, Is.EqualTo("shoe-size"));
    }

    [Test]
    public void A_question_answered_twice_is_named()
    {
        var parsed = Parse("""{"language": "en", "answers": {"rating": 3, "rating": 4}}""");

        Assert.That(parsed.Problems.Single().QuestionId, Is.EqualTo("rating"));
        Assert.That(parsed.Problems.Single().Message, Does.Contain("more than once"));
    }

    [TestCase("{\"language\": \"en\", \"answers\": {", "not valid JSON")]
    [TestCase("[1, 2]", "must be a JSON object")]
    [TestCase("""{"answers": {}}""", "no \"language\"")]
    [TestCase("""{"language": 7, "answers": {}}""", "\"language\" must be a string")]
    [TestCase("""{"language": "en"}""", "no \"answers\"")]
    [TestCase("""{"language": "en", "answers": []}""", "\"answers\" must be an object")]
    [TestCase("""{"language": "en", "answers": {}, "name": "Alice"}""", "unknown field \"name\"")]
    public void A_malformed_line_is_reported_as_a_whole(string line, string expected)
    {
        var parsed = Parse(line);

        Assert.That(parsed.Problems, Has.Some.Matches<SurveyProblem>(p => p.QuestionId == null && p.Message.Contains(expected)));
    }
}
