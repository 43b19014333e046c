using ContentPacker.Media.Ffmpeg;

namespace ContentPacker.Media;

/// <summary>Makes a video kiosk-safe: H.264 High, yuv420p, AAC, at most 3840×1920, moov atom first; and a poster frame.</summary>
public static partial class VideoPreparer
{
    /// <summary>
    /// Writes <c>video.mp4</c> (copied when already kiosk-safe, else transcoded) and <c>poster.jpg</c> into
    /// <paramref name="outputDir"/>. Throws <see cref="MediaException"/> naming the source file on failure.
    /// </summary>
    public static PreparedVideo Prepare(string sourceFile, string outputDir, IProgress<double>? progress = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(outputDir);
        try
        {
            return PrepareCore(sourceFile, outputDir, progress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MediaException(
                $"{sourceFile}: could not write the prepared video into {outputDir}: {e.Message}. " +
                "Check that the folder is writable and the disk is not full.", e);
        }
    }

    // Streams already in the kiosk profile are only remuxed (never a byte copy), so metadata is stripped and the
    // index moved to the front without touching the pictures; anything else is re-encoded.
    private static PreparedVideo PrepareCore(string sourceFile, string outputDir, IProgress<double>? progress)
    {
        var source = VideoProbe.Probe(sourceFile);
        using var video = new AtomicFile(Path.Combine(outputDir, "video.mp4"));
        using var poster = new AtomicFile(Path.Combine(outputDir, "poster.jpg"));
        progress?.Report(0);
        var arguments = KioskProfile.CanCopyStreams(source)
            ? VideoArguments.Remux(sourceFile, video.TempPath)
            : VideoArguments.Transcode(sourceFile, source, video.TempPath);
        var tracker = new FfmpegProgress(source.DurationSeconds, progress, 0, 0.95);
        RunFfmpeg(arguments, sourceFile, EncodeTimeout(source), tracker.OnLine);
        var prepared = CheckOutput(sourceFile, VideoProbe.Probe(video.TempPath));
        WritePoster(sourceFile, video.TempPath, prepared, poster.TempPath);
        video.Commit();
        poster.Commit();
        progress?.Report(1);
        return new PreparedVideo(video.FinalPath, poster.FinalPath, prepared);
    }

    // Generous: libx264 "medium" at 3840×1920 runs at a few frames a second on a 2-core machine.
    private static TimeSpan EncodeTimeout(VideoInfo source) =>
        TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(source.DurationSeconds * 60);
}
