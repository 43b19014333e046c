using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

/// <summary>
/// MEDIA-CHECK TESTS: these run the packer's real probes (ImageProbe, VideoProbe, WebVtt) on small generated files.
/// They fail while those probes are still stubs that throw NotImplementedException, and pass once they are merged.
/// </summary>
[Category("MediaProbes")]
public sealed class AuthoringLoaderRealMediaTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_accepts_the_documented_example_with_real_media()
    {
        using var folder = AuthoringFolderFixture.ExampleWithRealMedia();

        var result = folder.LoadWithRealProbes();

        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
    }

    [Test]
    public void Load_reports_a_real_panorama_that_is_not_two_to_one()
    {
        using var folder = AuthoringFolderFixture.ExampleWithRealMedia().RealJpeg("panoramas/entrance.jpg", 300, 200);

        var result = folder.LoadWithRealProbes();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("panorama: panoramas/entrance.jpg"), "scenes[0].panorama", "300×200", "must be 2:1");
    }

    [Test]
    public void Load_reports_a_truncated_jpeg()
    {
        using var folder = AuthoringFolderFixture.ExampleWithRealMedia();
        var bytes = File.ReadAllBytes(folder.PathOf("images/aerospace.jpg"));
        folder.WriteBytes("images/aerospace.jpg", bytes[..20]);

        var result = folder.LoadWithRealProbes();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("image: images/aerospace.jpg"), "case_studies[0].image", "images/aerospace.jpg");
    }

    [Test]
    public void Load_reports_a_video_file_that_is_not_a_video()
    {
        using var folder = AuthoringFolderFixture.ExampleWithRealMedia();
        folder.WriteText("video/interview.mp4", "not a video");

        var result = folder.LoadWithRealProbes();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("file: video/interview.mp4"), "scenes[3].video.file", "cannot be read as a video");
    }

    [Test]
    public void Load_reports_a_caption_file_that_is_not_webvtt_at_its_line()
    {
        using var folder = AuthoringFolderFixture.ExampleWithRealMedia();
        folder.WriteText("video/interview.en.vtt", "WEBVTT\n\n00:00.000 -> 00:02.000\nHello\n");

        var result = folder.LoadWithRealProbes();

        var problem = result.Problems.Single(p => p.File == "video/interview.en.vtt");
        Assert.That((problem.Field, problem.Line), Is.EqualTo(("scenes[3].video.captions.en", 3)), problem.ToString());
    }
}
