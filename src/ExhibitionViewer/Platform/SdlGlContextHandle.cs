using Microsoft.Win32.SafeHandles;

namespace ExhibitionViewer.Platform;

/// <summary>Owns an <c>SDL_GLContext</c>.</summary>
internal sealed class SdlGlContextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Used by the interop marshaller.</summary>
    public SdlGlContextHandle() : base(ownsHandle: true) { }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        Sdl.GlDeleteContext(handle);
        return true;
    }
}
