using ContentPacker.Authoring;
using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderStructureTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_an_unknown_key_and_suggests_the_nearest_known_key()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("        case_study: aerospace", "        case_studdy: aerospace"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("case_studdy:"), "scenes[0].hotspots[1].case_studdy",
            "unknown key 'case_studdy'", "Did you mean 'case_study'?");
    }

    [Test]
    public void Load_reports_a_missing_required_key_at_its_mapping()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("version: 1.0.0", "# no version"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("id: technicians-gallery"), "version", "'version' is required");
    }

    [Test]
    public void Load_reports_a_value_of_the_wrong_type()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("pitch: -5", "pitch: down"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("pitch: down"), "scenes[0].hotspots[0].pitch", "must be a number", "'down'");
    }

    [Test]
    public void Load_reports_a_list_where_a_mapping_is_expected()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("view: {yaw: -90, pitch: 0, hfov: 90}", "view: [-90, 0, 90]"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("view: [-90"), "scenes[0].hotspots[0].view", "must be a mapping", "yaw, pitch, hfov");
    }

    [Test]
    public void Load_reports_a_yaml_syntax_error_with_its_line_and_stops()
    {
        using var folder = AuthoringFolderFixture.Example(y => y
            .Replace("title: {en: Balcony, cy: Balconi}", "title: {en: Balcony, cy: Balconi")
            .Replace("pitch: -5", "pitch: down"));

        var result = folder.Load();

        var problem = result.Problems.Single();
        Assert.That(problem.File, Is.EqualTo(Yaml));
        Assert.That(problem.Line, Is.InRange(folder.Line("title: {en: Balcony"), folder.Line("title: {en: Balcony") + 1));
        Assert.That(problem.Message, Does.StartWith("YAML syntax error").And.Not.Contain("Idx:"));
    }

    [Test]
    public void Load_reports_a_duplicate_key_as_a_syntax_error_with_its_line()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("version: 1.0.0", "version: 1.0.0\nversion: 1.0.1"));

        var result = folder.Load();

        Assert.That(result.Problems.Single().Line, Is.EqualTo(folder.Line("version: 1.0.1")));
    }

    [Test]
    public void Load_reports_a_missing_exhibition_yaml()
    {
        using var folder = AuthoringFolderFixture.Empty();

        var result = folder.Load();

        Assert.That(result.Problems.Single().ToString(), Is.EqualTo("exhibition.yaml: there is no exhibition.yaml in the authoring folder."));
    }

    [Test]
    public void Load_reports_an_empty_exhibition_yaml()
    {
        using var folder = AuthoringFolderFixture.Empty().WriteYaml("# nothing yet\n");

        var result = folder.Load();

        Assert.That(result.Problems.Single().Message, Is.EqualTo("exhibition.yaml is empty."));
    }

    [Test]
    public void Load_reports_an_id_that_is_not_lower_case_letters_digits_and_dashes()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("- id: balcony", "- id: Balcony_1"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("id: Balcony_1"), "scenes[1].id", "'Balcony_1' is not a valid id", "'balcony-1'");
    }

    [Test]
    public void Load_reports_a_duplicate_scene_id_naming_both_lines()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("- id: balcony", "- id: entrance"));

        var result = folder.Load();

        var first = folder.Line("- id: entrance");
        var second = folder.Line("- id: entrance", after: "id: to-workshop");
        AuthoringAssert.HasProblem(result, Yaml, second, "scenes[1].id", "scene id 'entrance' is used twice", $"line {first} and at line {second}");
    }

    [Test]
    public void Load_reports_a_duplicate_hotspot_id_within_a_scene()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("id: aerospace-story", "id: to-workshop"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("id: to-workshop", after: "hfov: 90"), "scenes[0].hotspots[1].id",
            "hotspot id 'to-workshop' is used twice", $"line {folder.Line("id: to-workshop")}");
    }

    [Test]
    public void Load_allows_the_same_hotspot_id_in_different_scenes()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("      - id: back", "      - id: to-workshop"));

        var result = folder.Load();

        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
    }

    [Test]
    public void Load_reports_a_duplicate_case_study_id()
    {
        const string Second = "\n  - id: aerospace\n    title: {en: B, cy: B}\n    role: {en: R, cy: R}\n    industry: {en: I, cy: I}\n"
            + "    body: {en: case-studies/aerospace.en.md, cy: case-studies/aerospace.cy.md}\n";
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("    image: images/aerospace.jpg      # optional\n", "    image: images/aerospace.jpg\n" + Second));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("- id: aerospace", after: "image: images"), "case_studies[1].id",
            "case study id 'aerospace' is used twice");
    }

    [Test]
    public void Load_rejects_a_folder_that_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "authoring-missing-" + Guid.NewGuid().ToString("N"));

        Assert.That(() => AuthoringLoader.Load(missing), Throws.TypeOf<DirectoryNotFoundException>());
    }
}
