using System.Diagnostics;
using ContentPacker.Media;
using ContentPacker.Media.Ffmpeg;

namespace ContentPacker.Tests.Media.Ffmpeg;

public sealed class FfmpegProcessTests
{
    [Test]
    public void Run_kills_a_child_that_overruns_its_timeout_and_names_the_file()
    {
        // Given an ffmpeg run that would never end on its own (an endless test source)
        string[] endless = ["-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "testsrc2", "-f", "null", "-"];
        var watch = Stopwatch.StartNew();

        // When it is run with a 1 s timeout
        var error = Assert.Throws<MediaException>(
            () => FfmpegProcess.Run(FfmpegTools.Ffmpeg, endless, "endless.mp4", TimeSpan.FromSeconds(1)))!;

        // Then it is stopped promptly and the error names the file
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        Assert.That(error.Message, Does.Contain("endless.mp4").And.Contain("was stopped"));
    }

    [Test]
    public void Run_captures_the_exit_code_and_the_first_error_line_without_ffmpegs_prefix()
    {
        // Given an ffmpeg run on a file that does not exist
        // When it is run
        var result = FfmpegProcess.Run(
            FfmpegTools.Ffmpeg, ["-nostdin", "-v", "error", "-i", "file:/nonexistent/clip.mp4"], "clip.mp4", TimeSpan.FromSeconds(30));

        // Then it failed, and its reason is readable
        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.FirstErrorLine, Does.Contain("No such file or directory"));
    }
}
