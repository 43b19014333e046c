namespace ContentPacker.Media.Ffmpeg;

/// <summary>The executables used, found on the PATH as the Debian package <c>ffmpeg</c> installs them.</summary>
internal static class FfmpegTools
{
    /// <summary>ffprobe.</summary>
    public const string Ffprobe = "ffprobe";

    /// <summary>ffmpeg.</summary>
    public const string Ffmpeg = "ffmpeg";

    /// <summary>
    /// The input URL for a local file: the <c>file:</c> protocol with an absolute path, so a name that starts with
    /// '-' or contains ':' is never read as an option or another protocol.
    /// </summary>
    public static string InputUrl(string path) => "file:" + Path.GetFullPath(path);

    /// <summary>
    /// The first line of <c>ffmpeg -version</c>: encoder output changes with it, so it is part of the key of cached
    /// conversions.
    /// </summary>
    public static string VersionLine => LazyVersion.Value;

    private static readonly Lazy<string> LazyVersion = new(() =>
    {
        var result = FfmpegProcess.Run(Ffmpeg, ["-hide_banner", "-version"], Ffmpeg, TimeSpan.FromSeconds(30));
        return result.StandardOutput.Split('\n', 2)[0].Trim();
    });
}
