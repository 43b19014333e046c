using System.Runtime.InteropServices;

namespace ExhibitionViewer.Platform;

/// <summary>The SDL2 entry points the viewer uses; the library name lives here and only here.</summary>
internal static unsafe partial class Sdl
{
    private const string Library = "libSDL2-2.0.so.0";

    internal const uint InitVideo = 0x20;
    internal const uint InitEvents = 0x4000;
    internal const int WindowPosCentered = 0x2FFF0000;
    internal const uint WindowOpenGl = 0x2;
    internal const uint WindowShown = 0x4;
    internal const uint WindowHidden = 0x8;
    internal const uint WindowResizable = 0x20;
    internal const uint WindowFullscreenDesktop = 0x1001;

    [LibraryImport(Library, EntryPoint = "SDL_Init")]
    internal static partial int Init(uint flags);

    [LibraryImport(Library, EntryPoint = "SDL_Quit")]
    internal static partial void Quit();

    [LibraryImport(Library, EntryPoint = "SDL_GetError")]
    private static partial byte* GetErrorNative();

    [LibraryImport(Library, EntryPoint = "SDL_SetHint", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool SetHint(string name, string value);

    [LibraryImport(Library, EntryPoint = "SDL_CreateWindow", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial SdlWindowHandle CreateWindow(string title, int x, int y, int w, int h, uint flags);

    [LibraryImport(Library, EntryPoint = "SDL_DestroyWindow")]
    internal static partial void DestroyWindow(nint window);

    [LibraryImport(Library, EntryPoint = "SDL_GetDisplayBounds")]
    internal static partial int GetDisplayBounds(int displayIndex, out SdlRect rect);

    [LibraryImport(Library, EntryPoint = "SDL_PollEvent")]
    internal static partial int PollEvent(out SdlEvent e);

    [LibraryImport(Library, EntryPoint = "SDL_ShowCursor")]
    internal static partial int ShowCursor(int toggle);

    [LibraryImport(Library, EntryPoint = "SDL_GetCurrentVideoDriver")]
    private static partial byte* GetCurrentVideoDriverNative();

    /// <summary>The video driver SDL chose (x11, wayland, kmsdrm, offscreen...), or null before SDL_Init.</summary>
    internal static string? GetCurrentVideoDriver() => Marshal.PtrToStringUTF8((nint)GetCurrentVideoDriverNative());

    /// <summary>SDL's last error message, for exceptions and logs.</summary>
    internal static string GetError() => Marshal.PtrToStringUTF8((nint)GetErrorNative()) ?? "unknown SDL error";
}
