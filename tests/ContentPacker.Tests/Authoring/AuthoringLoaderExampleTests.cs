using ContentPacker.Authoring;
using ContentPacker.Media.Panorama;
using ContentPacker.Tests.Support;
using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderExampleTests
{
    [Test]
    public void Load_reads_the_documented_example_into_the_expected_model()
    {
        // Given the example folder of docs/authoring.md
        using var folder = AuthoringFolderFixture.Example();

        // When it is loaded
        var result = folder.Load();

        // Then it is valid and every part is read
        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
        var exhibition = result.Exhibition!;
        Assert.That(exhibition.Id, Is.EqualTo("technicians-gallery"));
        Assert.That(exhibition.Version, Is.EqualTo("1.0.0"));
        Assert.That(exhibition.Languages, Is.EqualTo(new[] { "en", "cy" }));
        Assert.That(exhibition.Title["cy"], Is.EqualTo("Technegwyr sy'n gwneud iddo ddigwydd"));
        Assert.That(exhibition.FirstScene, Is.EqualTo("entrance"));
        Assert.That(exhibition.TransitionSeconds, Is.EqualTo(0.8));
        Assert.That(exhibition.Scenes.Select(s => s.Id), Is.EqualTo(new[] { "entrance", "balcony", "workshop", "interview" }));
    }

    [Test]
    public void Load_reads_panorama_sources_with_absolute_paths()
    {
        using var folder = AuthoringFolderFixture.Example();

        var scenes = folder.Load().Exhibition!.Scenes;

        Assert.That(scenes[0].Panorama, Is.EqualTo(new EquirectSource(folder.PathOf("panoramas/entrance.jpg"))));
        Assert.That(scenes[1].Panorama, Is.EqualTo(new EquirectSource(folder.PathOf("panoramas/balcony.jpg"), new PanoramaExtent(200, 80, 0))));
        var cube = (CubeFacesSource)scenes[2].Panorama!;
        Assert.That(cube.Files[CubeFace.Up], Is.EqualTo(folder.PathOf("panoramas/workshop/up.jpg")));
        Assert.That(cube.Files, Has.Count.EqualTo(6));
        Assert.That(scenes.Select(s => s.Panorama is null), Is.EqualTo(new[] { false, false, false, true }));
    }

    [Test]
    public void Load_reads_views_limits_and_hotspot_targets()
    {
        using var folder = AuthoringFolderFixture.Example();

        var entrance = folder.Load().Exhibition!.Scenes[0];

        Assert.That(entrance.View, Is.EqualTo(new ViewAngles(0, 0, 100)));
        Assert.That(entrance.Limits, Is.EqualTo(new ViewLimits(-180, 180, -60, 60, 40, 110)));
        Assert.That(entrance.Hotspots.Select(h => (h.Id, h.Kind, h.Target ?? h.Url)), Is.EqualTo(new[]
        {
            ("to-workshop", HotspotKind.Scene, "workshop"),
            ("aerospace-story", HotspotKind.CaseStudy, "aerospace"),
            ("watch-interview", HotspotKind.Video, "interview"),
            ("careers", HotspotKind.Link, "https://example.org/careers"),
        }));
        Assert.That(entrance.Hotspots[0].TargetView, Is.EqualTo(new ViewAngles(-90, 0, 90)));
        Assert.That((entrance.Hotspots[1].Yaw, entrance.Hotspots[1].Pitch), Is.EqualTo((-40.0, 2.0)));
        Assert.That(entrance.Hotspots[1].Label["cy"], Is.EqualTo("Dewch i gwrdd â Priya"));
    }

    [Test]
    public void Load_reads_the_video_scene_with_captions_and_timed_hotspots()
    {
        using var folder = AuthoringFolderFixture.Example();

        var interview = folder.Load().Exhibition!.Scenes[3];

        Assert.That(interview.Video!.File, Is.EqualTo(folder.PathOf("video/interview.mp4")));
        Assert.That(interview.Video.CaptionFiles["cy"], Is.EqualTo(folder.PathOf("video/interview.cy.vtt")));
        Assert.That((interview.Video.Loop, interview.Video.Next), Is.EqualTo((false, "entrance")));
        Assert.That((interview.Hotspots[0].ShowFrom, interview.Hotspots[0].ShowUntil), Is.EqualTo((5.0, 40.0)));
    }

    [Test]
    public void Load_reads_case_studies_survey_and_kiosk_settings()
    {
        using var folder = AuthoringFolderFixture.Example();

        var exhibition = folder.Load().Exhibition!;

        var aerospace = exhibition.CaseStudies.Single();
        Assert.That(aerospace.Role["en"], Is.EqualTo("Composites technician"));
        Assert.That(aerospace.BodyFiles["cy"], Is.EqualTo(folder.PathOf("case-studies/aerospace.cy.md")));
        Assert.That(aerospace.ImageFile, Is.EqualTo(folder.PathOf("images/aerospace.jpg")));
        var questions = exhibition.Survey.Questions;
        Assert.That(questions.Select(q => q.Kind), Is.EqualTo(new[] { QuestionKind.Scale, QuestionKind.YesNo, QuestionKind.Multi, QuestionKind.Text }));
        Assert.That(questions.Select(q => q.Required), Is.EqualTo(new[] { true, true, false, false }));
        Assert.That(questions[2].Options.Select(o => o.Id), Is.EqualTo(new[] { "aerospace", "health" }));
        Assert.That(questions[3].MaxLength, Is.EqualTo(200));
        Assert.That(exhibition.Survey.ThankYou["cy"], Is.EqualTo("Diolch am ymweld!"));
        Assert.That(exhibition.Kiosk, Is.EqualTo(new KioskSettings
        {
            IdleTimeoutSeconds = 90, AttractScenes = exhibition.Kiosk.AttractScenes, AutoRotateDegreesPerSecond = 3,
            AutoRotateAfterSeconds = 20, CareersLink = "https://example.org/careers", LastScene = "workshop",
        }));
        Assert.That(exhibition.Kiosk.AttractScenes, Is.EqualTo(new[] { "entrance", "workshop" }));
    }

    [Test]
    public void Load_reports_several_problems_at_once()
    {
        // Given three unrelated mistakes in different parts of the file
        using var folder = AuthoringFolderFixture.Example(y => y
            .Replace("        scene: workshop", "        scene: workshp")
            .Replace("idle_timeout: 90", "idle_timeout: 5")
            .Replace("kind: yesno", "kind: yes-no"));
        var yaml = folder.ReadYaml();

        // When it is loaded
        var result = folder.Load();

        // Then all three are reported, in document order
        Assert.That(result.Problems.Select(p => (p.Field, p.Line)), Is.EqualTo(new[]
        {
            ("scenes[0].hotspots[0].scene", AuthoringAssert.LineOf(yaml, "scene: workshp")),
            ("survey.questions[1].kind", AuthoringAssert.LineOf(yaml, "kind: yes-no")),
            ("kiosk.idle_timeout", AuthoringAssert.LineOf(yaml, "idle_timeout: 5")),
        }));
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void A_problem_prints_as_file_line_column_field_and_message()
    {
        var problem = new AuthoringProblem("exhibition.yaml", 14, 7, "scenes[2].hotspots[0].scene", "no scene has id 'labb'.");

        Assert.That(problem.ToString(), Is.EqualTo("exhibition.yaml:14:7: scenes[2].hotspots[0].scene: no scene has id 'labb'."));
    }
}
