using Microsoft.Win32.SafeHandles;

namespace ExhibitionViewer.Platform;

/// <summary>Owns an <c>SDL_Window*</c>.</summary>
internal sealed class SdlWindowHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Used by the interop marshaller.</summary>
    public SdlWindowHandle() : base(ownsHandle: true) { }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        Sdl.DestroyWindow(handle);
        return true;
    }
}
