using System.Runtime.InteropServices;

namespace ExhibitionViewer.Platform;

/// <summary>SDL2's OpenGL context functions.</summary>
internal static unsafe partial class Sdl
{
    internal const int GlRedSize = 0;
    internal const int GlGreenSize = 1;
    internal const int GlBlueSize = 2;
    internal const int GlAlphaSize = 3;
    internal const int GlDoubleBuffer = 5;
    internal const int GlDepthSize = 6;
    internal const int GlContextMajorVersion = 17;
    internal const int GlContextMinorVersion = 18;
    internal const int GlContextProfileMask = 21;
    internal const int GlContextProfileCore = 1;

    [LibraryImport(Library, EntryPoint = "SDL_GL_SetAttribute")]
    internal static partial int GlSetAttribute(int attribute, int value);

    [LibraryImport(Library, EntryPoint = "SDL_GL_CreateContext")]
    internal static partial SdlGlContextHandle GlCreateContext(SdlWindowHandle window);

    [LibraryImport(Library, EntryPoint = "SDL_GL_DeleteContext")]
    internal static partial void GlDeleteContext(nint context);

    [LibraryImport(Library, EntryPoint = "SDL_GL_MakeCurrent")]
    internal static partial int GlMakeCurrent(SdlWindowHandle window, SdlGlContextHandle context);

    [LibraryImport(Library, EntryPoint = "SDL_GL_GetProcAddress", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint GlGetProcAddress(string name);

    [LibraryImport(Library, EntryPoint = "SDL_GL_SwapWindow")]
    internal static partial void GlSwapWindow(SdlWindowHandle window);

    [LibraryImport(Library, EntryPoint = "SDL_GL_SetSwapInterval")]
    internal static partial int GlSetSwapInterval(int interval);

    [LibraryImport(Library, EntryPoint = "SDL_GL_GetDrawableSize")]
    internal static partial void GlGetDrawableSize(SdlWindowHandle window, out int width, out int height);
}
