using System.Text.RegularExpressions;

namespace ContentPacker.Media.Ffmpeg;

/// <summary>How an ffmpeg or ffprobe run ended, with what it wrote.</summary>
internal readonly partial record struct FfmpegResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// The first non-empty line ffmpeg wrote to stderr, without its "[demuxer @ 0x...]" prefix, which means nothing
    /// to an author; or a stand-in naming the exit code.
    /// </summary>
    public string FirstErrorLine =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => ContextPrefix().Replace(line, "").TrimEnd('.'))
            .FirstOrDefault(line => line.Length > 0) ?? $"it exited with code {ExitCode} and gave no reason";

    [GeneratedRegex(@"^\[[^\]]* @ 0x[0-9a-f]+\]\s*")]
    private static partial Regex ContextPrefix();
}
