using ContentPacker.Media;
using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media;

public sealed partial class VideoPreparerTests
{
    [Test]
    public void Prepare_writes_a_poster_that_decodes_at_the_video_size()
    {
        // Given a 640×320 clip
        using var output = new TempDirectory();

        // When it is prepared
        var prepared = VideoPreparer.Prepare(TestClips.Yuv444, output.Path);

        // Then poster.jpg sits beside video.mp4 and decodes at the full video width
        Assert.That(prepared.PosterFile, Is.EqualTo(output.File("poster.jpg")));
        Assert.That(prepared.Mp4File, Is.EqualTo(output.File("video.mp4")));
        Assert.That(ImageSize(prepared.PosterFile), Is.EqualTo((640, 320)));
    }

    [Test]
    public void Prepare_reports_progress_that_rises_to_one()
    {
        // Given a clip that needs transcoding, and a recorder of progress
        using var output = new TempDirectory();
        var progress = new RecordingProgress();

        // When it is prepared
        VideoPreparer.Prepare(TestClips.Yuv444, output.Path, progress);

        // Then progress starts at 0, never falls, passes through the middle and ends at exactly 1
        var values = progress.Values;
        Assert.That(values[0], Is.EqualTo(0));
        Assert.That(values[^1], Is.EqualTo(1));
        Assert.That(values, Is.Ordered.Ascending);
        Assert.That(values.Any(v => v is > 0 and < 1), Is.True);
    }

    [Test]
    public void Prepare_rejects_a_damaged_file_naming_it_and_leaves_nothing_behind()
    {
        // Given random bytes named .mp4
        using var source = new TempDirectory();
        using var output = new TempDirectory();
        string file = BadFiles.RandomBytes(source);

        // When it is prepared, then the error names the file and the output folder stays empty
        var error = Assert.Throws<MediaException>(() => VideoPreparer.Prepare(file, output.Path))!;
        Assert.That(error.Message, Does.Contain(file));
        Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty);
    }

    [Test]
    public void Prepare_gives_identical_bytes_on_two_runs()
    {
        // Given a clip that must be transcoded, prepared into two folders
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        // When it is prepared twice
        var a = VideoPreparer.Prepare(TestClips.Hevc, first.Path);
        var b = VideoPreparer.Prepare(TestClips.Hevc, second.Path);

        // Then the video and the poster are byte-for-byte the same
        Assert.That(File.ReadAllBytes(b.Mp4File), Is.EqualTo(File.ReadAllBytes(a.Mp4File)));
        Assert.That(File.ReadAllBytes(b.PosterFile), Is.EqualTo(File.ReadAllBytes(a.PosterFile)));
    }

    private static (int Width, int Height) ImageSize(string jpeg)
    {
        using var image = NetVips.Image.NewFromFile(jpeg, access: NetVips.Enums.Access.Sequential);
        return (image.Width, image.Height);
    }
}
