using System.Diagnostics;

namespace ContentPacker.Tests.Media.Support;

/// <summary>Runs the real ffmpeg/ffprobe for test fixtures and assertions.</summary>
internal static class FfmpegCli
{
    public static string Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] quiet = tool == "ffmpeg" ? ["-nostdin", "-hide_banner", "-v", "error"] : ["-hide_banner", "-v", "error"];
        foreach (var argument in (string[])[.. quiet, .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed: {error.Result}");
        }

        return output;
    }

    /// <summary>A hash of the video packets, equal only when the coded pictures are byte-for-byte the same.</summary>
    public static string VideoPacketHash(string file) =>
        Run("ffmpeg", "-i", file, "-map", "0:v:0", "-c", "copy", "-f", "hash", "-hash", "sha256", "-").Trim();

    /// <summary>The top-level metadata tags ffprobe sees.</summary>
    public static string FormatTags(string file) =>
        Run("ffprobe", "-show_entries", "format_tags", "-of", "default=nw=1", file);
}
