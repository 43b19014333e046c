namespace ContentPacker.Tests.Media.Support;

/// <summary>
/// Small clips made once per test run with ffmpeg's lavfi sources, in a temp folder that
/// <see cref="MediaTestRun"/> deletes at the end.
/// </summary>
internal static class TestClips
{
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("exhibition-clips-").FullName);
    private static readonly Dictionary<string, Lazy<string>> Clips = new()
    {
        // Already kiosk-safe: H.264 High (veryfast, as ultrafast drops to Constrained Baseline), yuv420p, AAC, index first, with identifying metadata to strip.
        ["compliant"] = Make("compliant.mp4", "640x320", 2, audio: true,
            "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p", "-preset", "veryfast", "-c:a", "aac",
            "-metadata", "title=Jo's phone", "-metadata", "location=+51.5-000.1/", "-movflags", "+faststart"),
        // Kiosk-safe streams, but the index after the media data (ffmpeg's default).
        ["index-last"] = Make("index-last.mp4", "640x320", 2, audio: true,
            "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p", "-preset", "veryfast", "-c:a", "aac"),
        // H.264 High 4:4:4 with MP3 sound: both must be re-encoded.
        ["yuv444"] = Make("yuv444.mp4", "640x320", 2, audio: true,
            "-c:v", "libx264", "-pix_fmt", "yuv444p", "-preset", "ultrafast", "-c:a", "libmp3lame"),
        // HEVC in Matroska, no sound.
        ["hevc"] = Make("hevc.mkv", "320x160", 1, audio: false,
            "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error"),
        // Larger than the kiosk frame; short, so the encode stays fast.
        ["oversize"] = Make("oversize.mp4", "4096x2048", 0.5, audio: false,
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast"),
    };

    public static string Compliant => Get("compliant");

    public static string IndexLast => Get("index-last");

    public static string Yuv444 => Get("yuv444");

    public static string Hevc => Get("hevc");

    public static string Oversize => Get("oversize");

    public static bool WasUsed => Folder.IsValueCreated;

    public static string FolderPath => Folder.Value;

    private static string Get(string name)
    {
        lock (Clips)
        {
            return Clips[name].Value;
        }
    }

    private static Lazy<string> Make(string name, string size, double seconds, bool audio, params string[] codec) => new(() =>
    {
        string path = Path.Combine(Folder.Value, name);
        string[] sources = audio
            ? ["-f", "lavfi", "-i", $"testsrc2=size={size}:rate=30", "-f", "lavfi", "-i", "sine=frequency=1000"]
            : ["-f", "lavfi", "-i", $"testsrc2=size={size}:rate=30"];
        string duration = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        FfmpegCli.Run("ffmpeg", ["-y", .. sources, "-t", duration, .. codec, path]);
        return path;
    });
}
