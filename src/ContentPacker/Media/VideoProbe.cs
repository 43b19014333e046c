using ContentPacker.Media.Ffmpeg;

namespace ContentPacker.Media;

/// <summary>Runs ffprobe.</summary>
public static class VideoProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Probes a video; throws <see cref="MediaException"/> naming the file if ffprobe cannot read it or is missing.</summary>
    public static VideoInfo Probe(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        return ProbeCore(file, FfmpegTools.Ffprobe);
    }

    /// <summary>Probes with a given ffprobe executable, so a missing tool can be tested.</summary>
    internal static VideoInfo ProbeCore(string file, string ffprobe)
    {
        if (!File.Exists(file))
        {
            throw new MediaException($"{file} does not exist. Check the path in exhibition.yaml.");
        }

        var layout = Mp4BoxScanner.Scan(file);
        if (layout.TruncatedBox is { } box)
        {
            throw new MediaException(
                $"{file} is cut short: its '{box}' box runs past the end of the file. " +
                "Copy it again from the original, or re-export it as MP4 (H.264).");
        }

        var result = FfmpegProcess.Run(
            ffprobe,
            ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", FfmpegTools.InputUrl(file)],
            file,
            Timeout);
        if (result.ExitCode != 0)
        {
            throw new MediaException(
                $"{file} is not a video ffprobe can read: {result.FirstErrorLine}. " +
                "Re-export it as MP4 (H.264) from your video editor, or check that the file is complete.");
        }

        return FfprobeJson.Parse(result.StandardOutput, file, layout.MoovAtFront);
    }
}
