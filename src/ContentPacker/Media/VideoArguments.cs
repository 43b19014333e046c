using System.Globalization;
using ContentPacker.Media.Ffmpeg;

namespace ContentPacker.Media;

/// <summary>The ffmpeg command lines of the video pipeline, as argument lists.</summary>
internal static class VideoArguments
{
    /// <summary>
    /// Fixed encoder threads: libx264's output depends on its thread count, so a fixed count makes the bytes the same
    /// on every machine with the same ffmpeg build, whatever its number of cores.
    /// </summary>
    public const int EncoderThreads = 4;

    // Drops what could identify people or devices (GPS, camera model, creation times, chapters, data and subtitle
    // tracks) and asks the muxer and encoders for reproducible output; the index goes to the front.
    private static readonly string[] CleanMp4Output =
    [
        "-map_metadata", "-1", "-map_chapters", "-1", "-sn", "-dn",
        "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
        "-movflags", "+faststart", "-f", "mp4",
    ];

    /// <summary>Keeps the streams as they are, in a clean MP4 with the index first.</summary>
    public static IEnumerable<string> Remux(string source, string output) =>
        [.. Input(source), "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy", .. CleanMp4Output, .. Progress, Output(output)];

    /// <summary>Re-encodes to H.264 High yuv420p and AAC, scaled down to fit the kiosk frame, at the source frame rate.</summary>
    public static IEnumerable<string> Transcode(string source, VideoInfo info, string output)
    {
        var (width, height) = KioskProfile.FitFrame(info.Width, info.Height);
        long maxRate = KioskProfile.MaxBitrate(width, height, info.FramesPerSecond);
        string[] audio = info.AudioCodec is null ? ["-an"] : ["-c:a", "aac", "-b:a", "160k"];
        return
        [
            .. Input(source), "-map", "0:v:0", "-map", "0:a:0?", "-vf", FitFilter,
            "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p", "-preset", "medium", "-crf", "20",
            "-maxrate", Invariant(maxRate), "-bufsize", Invariant(maxRate * 2), "-threads", Invariant(EncoderThreads),
            .. audio, .. CleanMp4Output, .. Progress, Output(output),
        ];
    }

    /// <summary>One JPEG frame at <paramref name="atSeconds"/>, at most 2048 px wide, without metadata.</summary>
    public static IEnumerable<string> Poster(string video, VideoInfo info, double atSeconds, string output)
    {
        int width = Math.Min(2048, info.Width);
        int height = Math.Max(1, (int)Math.Round(info.Height * (double)width / info.Width));
        return
        [
            "-nostdin", "-hide_banner", "-v", "error", "-y", "-ss", atSeconds.ToString("0.###", CultureInfo.InvariantCulture),
            "-i", FfmpegTools.InputUrl(video), "-map", "0:v:0", "-frames:v", "1", "-vf", $"scale={width}:{height}:flags=lanczos",
            "-q:v", "3", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact",
            "-f", "image2", "-update", "1", Output(output),
        ];
    }

    // The same fit as KioskProfile.FitFrame, but worked out by ffmpeg on the frame it actually decodes, which differs
    // from the probed size when a phone's rotation tag makes ffmpeg turn the picture upright.
    private static string FitFilter =>
        $"scale=w='min({KioskProfile.MaxWidth},iw)':h='min({KioskProfile.MaxHeight},ih)'" +
        ":force_original_aspect_ratio=decrease:force_divisible_by=2:flags=lanczos";

    private static string[] Progress => ["-progress", "pipe:1", "-nostats"];

    private static string[] Input(string source) =>
        ["-nostdin", "-hide_banner", "-v", "error", "-y", "-i", FfmpegTools.InputUrl(source)];

    private static string Output(string path) => "file:" + Path.GetFullPath(path);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
