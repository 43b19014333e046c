using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderTextTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_text_missing_a_declared_language()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("title: {en: Balcony, cy: Balconi}", "title: {en: Balcony}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("title: {en: Balcony}"), "scenes[1].title", "no text in 'cy'");
    }

    [Test]
    public void Load_reports_plain_text_when_there_are_several_languages()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("title: {en: Balcony, cy: Balconi}", "title: Balcony"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("title: Balcony"), "scenes[1].title", "plain text", "en, cy", "{en: ..., cy: ...}");
    }

    [Test]
    public void Load_reports_text_in_a_language_that_is_not_declared()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("title: {en: Balcony, cy: Balconi}", "title: {en: Balcony, cy: Balconi, fr: Balcon}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("fr: Balcon"), "scenes[1].title.fr", "'fr' is not one of the exhibition's languages (en, cy)");
    }

    [Test]
    public void Load_accepts_plain_text_when_there_is_one_language()
    {
        using var folder = AuthoringFolderFixture.Empty().FakeImage("hall.jpg", 200, 100)
            .WriteYaml("id: x\nversion: '1'\nlanguages: [en]\ntitle: Hello\nscenes:\n  - {id: hall, title: Hall, panorama: hall.jpg}\n"
                + "survey: {questions: [{id: q, kind: yesno, text: Fun?}], thank_you: Thanks}\n");

        var result = folder.Load();

        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
        Assert.That((result.Exhibition!.Title["en"], result.Exhibition.Survey.ThankYou["en"]), Is.EqualTo(("Hello", "Thanks")));
    }

    [Test]
    public void Load_reports_an_empty_language_list()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("languages: [en, cy]", "languages: []"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, 3, "languages", "at least one language");
    }

    [Test]
    public void Load_reports_a_duplicate_language()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("languages: [en, cy]", "languages: [en, cy, en]"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, 3, "languages[2]", "language id 'en' is used twice");
    }

    [Test]
    public void Load_reports_a_language_code_of_the_wrong_form()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("languages: [en, cy]", "languages: [en, Welsh]"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, 3, "languages[1]", "'Welsh' is not a language code like en, cy or pt-BR");
    }

    [Test]
    public void Load_accepts_a_language_with_a_region()
    {
        using var folder = AuthoringFolderFixture.Empty().FakeImage("hall.jpg", 200, 100)
            .WriteYaml("id: x\nversion: '1'\nlanguages: [pt-BR]\ntitle: Olá\nscenes:\n  - {id: hall, title: Sala, panorama: hall.jpg}\n"
                + "survey: {questions: [{id: q, kind: yesno, text: Gostou?}]}\n");

        var result = folder.Load();

        Assert.That(result.Exhibition?.Languages, Is.EqualTo(new[] { "pt-BR" }), string.Join("\n", result.Problems));
    }
}
