namespace ContentPacker.Media;

/// <summary>What ffprobe tells about a video file.</summary>
public sealed record VideoInfo(
    int Width,
    int Height,
    double DurationSeconds,
    double FramesPerSecond,
    string VideoCodec,
    string? VideoProfile,
    string PixelFormat,
    string? AudioCodec,
    bool MoovAtFront);
