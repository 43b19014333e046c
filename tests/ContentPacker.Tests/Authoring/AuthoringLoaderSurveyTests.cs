using ContentPacker.Tests.Support;
using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderSurveyTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_a_choice_question_with_fewer_than_two_options()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("        - {id: health, text: {en: Healthcare science, cy: Gwyddor gofal iechyd}}\n", ""));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("- {id: aerospace"), "survey.questions[2].options", "at least two options");
    }

    [Test]
    public void Load_reports_options_on_a_question_that_is_not_a_choice()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("kind: multi ", "kind: scale "));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("- {id: aerospace"), "survey.questions[2].options", "only single and multi questions have options", "scale");
    }

    [Test]
    public void Load_reports_a_duplicate_option_id_within_a_question()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("{id: health,", "{id: aerospace,"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("{id: aerospace, text: {en: Healthcare"), "survey.questions[2].options[1].id", "option id 'aerospace' is used twice");
    }

    [Test]
    public void Load_reports_a_duplicate_question_id()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("- id: new-idea", "- id: enjoyed"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("- id: enjoyed", after: "required: true"), "survey.questions[1].id",
            "question id 'enjoyed' is used twice", $"line {folder.Line("- id: enjoyed")}");
    }

    [Test]
    public void Load_reports_an_unknown_question_kind_with_a_suggestion()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("kind: yesno", "kind: yes-no"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("kind: yes-no"), "survey.questions[1].kind", "not a question kind", "Did you mean 'yesno'?");
    }

    [Test]
    public void Load_reports_a_required_text_question()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("max_length: 200", "max_length: 200\n      required: true"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("required: true", after: "max_length"), "survey.questions[3].required", "always optional");
    }

    [Test]
    public void Load_reads_a_survey_from_a_separate_file()
    {
        // Given the example's survey moved into survey.yaml
        var (main, survey) = SplitSurvey(AuthoringExample.Yaml);
        using var folder = AuthoringFolderFixture.Example(_ => main).WriteYaml(survey, "forms/survey.yaml");

        // When it is loaded
        var result = folder.Load();

        // Then the survey is the same as inline
        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
        Assert.That(result.Exhibition!.Survey.Questions.Select(q => q.Kind), Is.EqualTo(new[] { QuestionKind.Scale, QuestionKind.YesNo, QuestionKind.Multi, QuestionKind.Text }));
    }

    [Test]
    public void Load_reports_problems_in_a_separate_survey_file_with_that_files_lines()
    {
        var (main, survey) = SplitSurvey(AuthoringExample.Yaml);
        using var folder = AuthoringFolderFixture.Example(_ => main).WriteYaml(survey.Replace("kind: yesno", "kind: maybe"), "forms/survey.yaml");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, "forms/survey.yaml", folder.Line("kind: maybe", file: "forms/survey.yaml"), "survey.questions[1].kind", "'maybe' is not a question kind");
    }

    [Test]
    public void Load_reports_a_syntax_error_in_a_separate_survey_file()
    {
        var (main, _) = SplitSurvey(AuthoringExample.Yaml);
        using var folder = AuthoringFolderFixture.Example(_ => main).WriteYaml("questions:\n  - id: [unclosed\n", "forms/survey.yaml");

        var result = folder.Load();

        Assert.That(result.Problems.Select(p => p.File), Is.EqualTo(new[] { "forms/survey.yaml" }));
        Assert.That(result.Problems[0].Message, Does.StartWith("YAML syntax error"));
    }

    /// <summary>The YAML with its inline survey replaced by <c>survey: forms/survey.yaml</c>, and that survey's mapping unindented.</summary>
    private static (string Main, string Survey) SplitSurvey(string yaml)
    {
        var start = yaml.IndexOf("survey:", StringComparison.Ordinal);
        var end = yaml.IndexOf("kiosk:", StringComparison.Ordinal);
        var body = yaml[start..end].Split('\n').Skip(1).Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l[2..] : l);
        return (yaml[..start] + "survey: forms/survey.yaml\n\n" + yaml[end..], string.Join("\n", body));
    }
}
