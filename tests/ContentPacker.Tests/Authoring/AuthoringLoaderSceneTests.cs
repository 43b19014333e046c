using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderSceneTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_a_yaw_out_of_range()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("yaw: 35", "yaw: 400"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("yaw: 400"), "scenes[0].hotspots[0].yaw", "from -180 to 360", "400");
    }

    [Test]
    public void Load_wraps_a_yaw_above_180_into_the_negative_range()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("yaw: 35", "yaw: 270"));

        var result = folder.Load();

        Assert.That(result.Exhibition!.Scenes[0].Hotspots[0].Yaw, Is.EqualTo(-90));
    }

    [Test]
    public void Load_reports_a_pitch_out_of_range()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("pitch: -5", "pitch: -95"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("pitch: -95"), "scenes[0].hotspots[0].pitch", "from -90 to 90");
    }

    [Test]
    public void Load_reports_an_hfov_out_of_range()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("view: {yaw: 0, pitch: 0, hfov: 100}", "view: {yaw: 0, pitch: 0, hfov: 5}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("hfov: 5}"), "scenes[0].view.hfov", "from 10 to 170");
    }

    [Test]
    public void Load_reports_limits_whose_minimum_is_not_below_their_maximum()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("pitch: [-60, 60]", "pitch: [60, -60]"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("pitch: [60, -60]"), "scenes[0].limits.pitch", "less than the second");
    }

    [Test]
    public void Load_reports_an_initial_view_outside_the_limits()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("view: {yaw: 0, pitch: 0, hfov: 100}", "view: {yaw: 0, pitch: 0, hfov: 120}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("hfov: 120}"), "scenes[0].view", "hfov 120 is outside [40, 110]");
    }

    [Test]
    public void Load_reports_a_transition_longer_than_five_seconds()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("transition_seconds: 0.8", "transition_seconds: 9"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("transition_seconds"), "transition_seconds", "from 0 to 5");
    }

    [Test]
    public void Load_reports_a_scene_with_both_a_panorama_and_a_video()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("haov: 200, vaov: 80, v_offset: 0}", "haov: 200, vaov: 80, v_offset: 0}\n    video: {file: video/interview.mp4}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("video: {file: video/interview.mp4}"), "scenes[1].video", "exactly one of panorama, cube or video", "panorama and video");
    }

    [Test]
    public void Load_reports_a_scene_with_no_panorama_cube_or_video()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("    panorama: {file: panoramas/balcony.jpg, haov: 200, vaov: 80, v_offset: 0}\n", ""));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("id: balcony"), "scenes[1]", "needs one of panorama, cube or video");
    }

    [Test]
    public void Load_reports_a_partial_panorama_that_reaches_past_the_pole()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("v_offset: 0}", "v_offset: 60}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("v_offset: 60"), "scenes[1].panorama.v_offset", "past the pole");
    }

    [Test]
    public void Load_reports_a_missing_cube_face()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("      down: panoramas/workshop/down.jpg\n", ""));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("front: panoramas"), "scenes[2].cube.down", "'down' is required");
    }

    [Test]
    public void Load_reports_next_on_a_looping_video()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("loop: false", "loop: true"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("next: entrance"), "scenes[3].video.next", "looping video never ends");
    }

    [Test]
    public void Load_reports_a_next_scene_that_does_not_exist()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("next: entrance", "next: entrence"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("next: entrence"), "scenes[3].video.next", "no scene has id 'entrence'", "Did you mean 'entrance'?");
    }

    [Test]
    public void Load_reports_a_first_scene_that_does_not_exist()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("first_scene: entrance", "first_scene: lobby"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("first_scene"), "first_scene", "no scene has id 'lobby'", "Scene ids are: entrance, balcony, workshop, interview");
    }

    [Test]
    public void Load_defaults_the_first_scene_to_the_first_listed()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("first_scene: entrance", "# first_scene").Replace("- id: entrance", "- id: hall")
            .Replace("scene: entrance", "scene: hall").Replace("next: entrance", "next: hall").Replace("[entrance, workshop]", "[hall]"));

        var result = folder.Load();

        Assert.That(result.Exhibition?.FirstScene, Is.EqualTo("hall"), string.Join("\n", result.Problems));
    }

    [Test]
    public void Load_reports_an_empty_scene_list()
    {
        using var folder = AuthoringFolderFixture.Empty().WriteYaml("id: x\nversion: '1'\nlanguages: [en]\ntitle: X\nscenes: []\nsurvey: {questions: [{id: q, kind: yesno, text: Q}]}\n");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, 5, "scenes", "at least one scene");
    }
}
