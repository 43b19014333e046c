using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderStringsTests
{
    [Test]
    public void Load_reads_the_kiosks_interface_words_per_language()
    {
        using var folder = AuthoringFolderFixture.Example();

        var strings = folder.Load().Exhibition!.Strings;

        Assert.That(strings["kiosk.touch"]["cy"], Is.EqualTo("Cyffyrddwch i ddechrau archwilio"));
        Assert.That(strings["survey.thanks"]["en"], Is.EqualTo("Thanks a lot!"));
        Assert.That(strings.ContainsKey("survey.next"), Is.False);
    }

    [Test]
    public void Load_reports_an_unknown_interface_word_and_suggests_the_nearest_key()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("  kiosk.touch:", "  kiosk.tuoch:"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, "exhibition.yaml", folder.Line("kiosk.tuoch"), "strings.kiosk.tuoch", "kiosk.touch");
    }

    [Test]
    public void Load_reports_an_interface_word_missing_a_language()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("survey.thanks: {en: Thanks a lot!, cy: Diolch yn fawr!}", "survey.thanks: {en: Thanks a lot!}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, "exhibition.yaml", folder.Line("survey.thanks"), "strings.survey.thanks", "cy");
    }
}
