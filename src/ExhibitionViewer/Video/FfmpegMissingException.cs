namespace ExhibitionViewer.Video;

/// <summary>ffmpeg or ffprobe is not installed; the message names the package that provides them.</summary>
public sealed class FfmpegMissingException : Exception
{
    /// <summary>The Debian package that provides ffmpeg and ffprobe.</summary>
    public const string DebianPackage = "ffmpeg";

    /// <summary>Creates the exception for the missing <paramref name="tool"/>.</summary>
    public FfmpegMissingException(string tool)
        : base($"{tool} was not found on the PATH; video scenes need it. Install the Debian package '{DebianPackage}' (sudo apt-get install {DebianPackage}).") =>
        Tool = tool;

    /// <summary>The program that was looked for (<c>ffmpeg</c> or <c>ffprobe</c>).</summary>
    public string Tool { get; }
}
