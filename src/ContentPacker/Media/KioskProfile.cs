namespace ContentPacker.Media;

/// <summary>
/// The video profile every kiosk can play: H.264 (High or a subset of it) in yuv420p, AAC or no sound,
/// at most 3840×1920, in an MP4 with its index first.
/// </summary>
internal static class KioskProfile
{
    /// <summary>Largest frame width.</summary>
    public const int MaxWidth = 3840;

    /// <summary>Largest frame height.</summary>
    public const int MaxHeight = 1920;

    // Main and Constrained Baseline are subsets of High, so any High decoder plays them. Plain "Baseline" may use
    // FMO/ASO, which decoders (ffmpeg's included) do not support, and High 10/4:2:2/4:4:4 need other pixel formats.
    private static readonly HashSet<string> CopyableProfiles = ["High", "Main", "Constrained Baseline"];

    /// <summary>Whether the streams can be kept as they are (only remuxed).</summary>
    public static bool CanCopyStreams(VideoInfo info) =>
        info.VideoCodec == "h264" &&
        info.VideoProfile is { } profile && CopyableProfiles.Contains(profile) &&
        info.PixelFormat == "yuv420p" &&
        info.AudioCodec is null or "aac" &&
        info.Width <= MaxWidth && info.Height <= MaxHeight;

    /// <summary>The frame size to encode at: scaled down (never up) to fit, aspect kept, both sides even.</summary>
    public static (int Width, int Height) FitFrame(int width, int height)
    {
        double scale = Math.Min(1.0, Math.Min((double)MaxWidth / width, (double)MaxHeight / height));
        return (Even(width * scale), Even(height * scale));
    }

    /// <summary>
    /// A peak bitrate cap in bits per second: about 20 Mb/s for 3840×1920 at 30 fps (0.09 bit per pixel), which the
    /// viewer decodes at about 75 fps on a 2-core machine, scaled with the pixel rate; never below 1 Mb/s.
    /// </summary>
    public static long MaxBitrate(int width, int height, double fps) =>
        Math.Max(1_000_000, (long)(width * (double)height * Math.Clamp(fps > 0 ? fps : 30, 1, 120) * 0.09));

    // yuv420p needs even sides; round down so the frame still fits.
    private static int Even(double side) => Math.Max(2, (int)Math.Floor(side) & ~1);
}
