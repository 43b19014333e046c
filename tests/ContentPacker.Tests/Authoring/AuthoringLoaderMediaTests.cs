using ContentPacker.Media;
using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

/// <summary>Media rules, with fake probes standing in for the packer's (see AuthoringLoaderRealMediaTests for the real ones).</summary>
public sealed class AuthoringLoaderMediaTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_a_full_panorama_that_is_not_two_to_one()
    {
        using var folder = AuthoringFolderFixture.Example().FakeImage("panoramas/entrance.jpg", 256, 200);

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("panorama: panoramas/entrance.jpg"), "scenes[0].panorama", "256×200", "must be 2:1", "partial");
    }

    [Test]
    public void Load_accepts_a_full_panorama_one_pixel_off_two_to_one()
    {
        using var folder = AuthoringFolderFixture.Example().FakeImage("panoramas/entrance.jpg", 257, 128);

        var result = folder.Load();

        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
    }

    [Test]
    public void Load_reports_a_partial_panorama_whose_aspect_disagrees_with_its_angles()
    {
        using var folder = AuthoringFolderFixture.Example().FakeImage("panoramas/balcony.jpg", 200, 100);

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("file: panoramas/balcony.jpg"), "scenes[1].panorama.file", "200×100", "200/80 = 2.5");
    }

    [Test]
    public void Load_reports_a_cube_face_that_is_not_square()
    {
        using var folder = AuthoringFolderFixture.Example().FakeImage("panoramas/workshop/left.jpg", 64, 60);

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("left: panoramas"), "scenes[2].cube.left", "64×60", "must be square");
    }

    [Test]
    public void Load_reports_cube_faces_of_different_sizes()
    {
        using var folder = AuthoringFolderFixture.Example().FakeImage("panoramas/workshop/down.jpg", 128, 128);

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("down: panoramas"), "scenes[2].cube.down", "128×128", "front face is 64×64");
    }

    [Test]
    public void Load_reports_an_image_the_probe_cannot_read()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.Probe.Images.Remove("images/aerospace.jpg");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("image: images/aerospace.jpg"), "case_studies[0].image", "'images/aerospace.jpg' cannot be read as an image", "is not a JPEG");
    }

    [Test]
    public void Load_reports_a_video_the_probe_cannot_read()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.Probe.Videos.Clear();

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("file: video/interview.mp4"), "scenes[3].video.file", "cannot be read as a video", "ffprobe");
    }

    [Test]
    public void Load_reports_caption_problems_at_the_caption_files_own_lines()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.Probe.CaptionProblems["video/interview.cy.vtt"] = [(3, "the cue's end is before its start.")];

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, "video/interview.cy.vtt", 3, "scenes[3].video.captions.cy", "the cue's end is before its start.");
    }

    [Test]
    public void Load_turns_unfinished_probes_into_problems_naming_each_file()
    {
        // Given probes that are not built yet
        using var folder = AuthoringFolderFixture.Example();
        folder.Probe.Failure = new NotImplementedException();

        // When it is loaded, it does not throw
        var result = folder.Load();

        // Then each of the 9 images, the video and the 2 caption files is named once
        Assert.That(result.Problems, Has.Count.EqualTo(12), string.Join("\n", result.Problems));
        Assert.That(result.Problems.Select(p => p.Message), Has.All.Contain("this build of the packer cannot"));
        Assert.That(result.Problems.Select(p => p.Field), Does.Contain("scenes[2].cube.up").And.Contain("scenes[3].video.captions.en"));
    }

    [Test]
    public void Load_turns_an_unexpected_probe_exception_into_a_problem()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.Probe.Failure = new IOException("disk on fire");

        var result = folder.Load();

        Assert.That(result.Problems.Select(p => p.Message), Has.All.Contain("disk on fire"));
        Assert.That(result.Problems.Where(p => p.Field == "scenes[0].panorama").Select(p => p.Message), Is.EqualTo(new[]
        {
            "'panoramas/entrance.jpg' cannot be read as an image: IOException: disk on fire",
        }));
    }

    [Test]
    public void Load_passes_media_exception_messages_through()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.Probe.Failure = new MediaException("truncated JPEG; re-export it.");

        var result = folder.Load();

        Assert.That(result.Problems[0].Message, Does.EndWith("truncated JPEG; re-export it."));
    }
}
