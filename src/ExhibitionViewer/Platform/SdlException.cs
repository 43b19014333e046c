namespace ExhibitionViewer.Platform;

/// <summary>SDL refused to do something the viewer cannot run without (video, window, GL context).</summary>
public sealed class SdlException : Exception
{
    /// <summary>Creates the exception from the failing call and SDL's own error text.</summary>
    public SdlException(string call, string sdlError) : base($"{call} failed: {sdlError}") { }
}
