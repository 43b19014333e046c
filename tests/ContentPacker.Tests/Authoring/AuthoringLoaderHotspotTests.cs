using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderHotspotTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_a_hotspot_that_points_at_an_unknown_scene_with_its_line()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("        scene: workshop", "        scene: labb"));

        var result = folder.Load();

        var problem = AuthoringAssert.HasProblem(result, Yaml, folder.Line("scene: labb"), "scenes[0].hotspots[0].scene",
            "no scene has id 'labb'.", "Scene ids are: entrance, balcony, workshop, interview.");
        Assert.That(problem.ToString(), Does.StartWith($"exhibition.yaml:{folder.Line("scene: labb")}:16: scenes[0].hotspots[0].scene: no scene"));
    }

    [Test]
    public void Load_reports_a_video_hotspot_that_names_a_panorama_scene()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("video: interview ", "video: balcony "));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("video: balcony"), "scenes[0].hotspots[2].video", "'balcony' is not a video scene", "scene: balcony");
    }

    [Test]
    public void Load_reports_a_scene_hotspot_that_names_a_video_scene()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("        scene: workshop", "        scene: interview"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("scene: interview"), "scenes[0].hotspots[0].scene", "'interview' is a video scene", "video: interview");
    }

    [Test]
    public void Load_reports_a_hotspot_that_points_at_an_unknown_case_study()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("case_study: aerospace", "case_study: aero"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("case_study: aero"), "scenes[0].hotspots[1].case_study", "no case study has id 'aero'", "Case study ids are: aerospace");
    }

    [Test]
    public void Load_reports_a_hotspot_with_two_actions()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("        case_study: aerospace", "        case_study: aerospace\n        link: https://example.org/x"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("link: https://example.org/x"), "scenes[0].hotspots[1].link", "does one thing", "case_study and link");
    }

    [Test]
    public void Load_reports_a_hotspot_with_no_action()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("        case_study: aerospace                      # open a case study\n", ""));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("id: aerospace-story"), "scenes[0].hotspots[1]", "needs one of scene, case_study, video or link");
    }

    [TestCase("example.org/careers")]
    [TestCase("ftp://example.org/careers")]
    public void Load_reports_a_link_that_is_not_an_absolute_web_address(string link)
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("link: https://example.org/careers ", $"link: {link} "));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line($"link: {link}"), "scenes[0].hotspots[3].link", $"'{link}' is not a full web address", "QR code");
    }

    [Test]
    public void Load_reports_from_on_a_hotspot_in_a_panorama_scene()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("label: {en: Into the workshop, cy: I'r gweithdy}", "label: {en: Into the workshop, cy: I'r gweithdy}\n        from: 3"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("from: 3"), "scenes[0].hotspots[0].from", "only for hotspots in video scenes");
    }

    [Test]
    public void Load_reports_until_not_later_than_from()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("until: 40", "until: 2"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("until: 2"), "scenes[3].hotspots[0].until", "later than from (5 s)");
    }

    [Test]
    public void Load_reports_a_target_view_on_a_link_hotspot()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("        link: https://example.org/careers", "        view: {yaw: 10}\n        link: https://example.org/careers"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("view: {yaw: 10}"), "scenes[0].hotspots[3].view", "only for hotspots that go to a scene or video");
    }
}
