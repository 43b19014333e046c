namespace ContentPacker.Media.Ffmpeg;

/// <summary>How an ffmpeg or ffprobe run ended, with what it wrote.</summary>
internal readonly record struct FfmpegResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The first non-empty line ffmpeg wrote to stderr, or a stand-in naming the exit code.</summary>
    public string FirstErrorLine =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? $"it exited with code {ExitCode} and gave no reason";
}
