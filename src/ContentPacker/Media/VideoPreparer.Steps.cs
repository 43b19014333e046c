using ContentPacker.Media.Ffmpeg;

namespace ContentPacker.Media;

// The ffmpeg runs behind Prepare and the checks on what they wrote.
public static partial class VideoPreparer
{
    private static readonly TimeSpan PosterTimeout = TimeSpan.FromMinutes(2);

    private static void RunFfmpeg(IEnumerable<string> arguments, string sourceFile, TimeSpan timeout, Action<string>? onLine)
    {
        var result = FfmpegProcess.Run(FfmpegTools.Ffmpeg, arguments, sourceFile, timeout, onLine);
        if (result.ExitCode != 0)
        {
            throw new MediaException(
                $"{sourceFile} could not be converted for the kiosk: {result.FirstErrorLine}. " +
                "Re-export it as MP4 (H.264, AAC) from your video editor, or check that the file is complete.");
        }
    }

    // A last guard: what goes into a bundle must be in the kiosk profile, whatever ffmpeg decided.
    private static VideoInfo CheckOutput(string sourceFile, VideoInfo output)
    {
        if (!KioskProfile.CanCopyStreams(output) || !output.MoovAtFront)
        {
            throw new MediaException(
                $"{sourceFile}: the converted video is not kiosk-safe ({output.VideoCodec} {output.VideoProfile}, " +
                $"{output.PixelFormat}, {output.Width}×{output.Height}, audio {output.AudioCodec ?? "none"}, " +
                $"index first: {output.MoovAtFront}). Re-export it as MP4 (H.264 High, yuv420p, AAC).");
        }

        return output;
    }

    // About a tenth of the way in, past any fade from black; falls back to the first frame for very short clips,
    // where a seek can land after the last frame and ffmpeg writes nothing.
    private static void WritePoster(string sourceFile, string video, VideoInfo info, string posterPath)
    {
        double lastFrame = Math.Max(0, info.DurationSeconds - (2 / Math.Max(info.FramesPerSecond, 1)));
        foreach (double at in new[] { Math.Min(info.DurationSeconds * 0.1, lastFrame), 0 }.Distinct())
        {
            RunFfmpeg(VideoArguments.Poster(video, info, at, posterPath), sourceFile, PosterTimeout, null);
            if (new FileInfo(posterPath) is { Exists: true, Length: > 0 })
            {
                return;
            }
        }

        throw new MediaException(
            $"{sourceFile}: no frame could be taken from it for the poster. Re-export it as MP4 (H.264).");
    }
}
