namespace ExhibitionViewer.Video;

/// <summary>Where the ffmpeg and ffprobe executables are. Found once on the PATH at start-up.</summary>
/// <param name="Ffmpeg">Full path of ffmpeg.</param>
/// <param name="Ffprobe">Full path of ffprobe.</param>
public sealed record FfmpegTools(string Ffmpeg, string Ffprobe)
{
    /// <summary>Finds both tools on <c>PATH</c>; throws <see cref="FfmpegMissingException"/> naming the package otherwise.</summary>
    public static FfmpegTools Locate() => Locate(Environment.GetEnvironmentVariable("PATH") ?? "");

    /// <summary>Finds both tools in the folders of <paramref name="searchPath"/> (separated as on the PATH).</summary>
    public static FfmpegTools Locate(string searchPath)
    {
        ArgumentNullException.ThrowIfNull(searchPath);
        var folders = searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new FfmpegTools(Find("ffmpeg", folders), Find("ffprobe", folders));
    }

    private static string Find(string tool, string[] folders) =>
        folders.Select(folder => Path.Combine(folder, tool)).FirstOrDefault(IsExecutable)
        ?? throw new FfmpegMissingException(tool);

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0);
}
