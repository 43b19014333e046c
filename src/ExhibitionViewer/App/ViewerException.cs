namespace ExhibitionViewer.App;

/// <summary>A reason the viewer cannot start, worded for the person at the keyboard; carries the exit code.</summary>
public sealed class ViewerException : Exception
{
    /// <summary>Bad command line or content (missing, corrupt, unsupported).</summary>
    public const int BadInput = 2;

    /// <summary>No window or OpenGL context could be had.</summary>
    public const int PlatformFailure = 3;

    /// <summary>Creates the exception.</summary>
    public ViewerException(int exitCode, string message, Exception? inner = null) : base(message, inner) => ExitCode = exitCode;

    /// <summary>The process exit code to use.</summary>
    public int ExitCode { get; }
}
