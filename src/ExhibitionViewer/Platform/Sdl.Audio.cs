using System.Runtime.InteropServices;

namespace ExhibitionViewer.Platform;

/// <summary>SDL2's audio device functions, used through the queue API (no callback).</summary>
internal static unsafe partial class Sdl
{
    internal const uint InitAudio = 0x10;
    internal const ushort AudioS16Lsb = 0x8010;

    [LibraryImport(Library, EntryPoint = "SDL_InitSubSystem")]
    internal static partial int InitSubSystem(uint flags);

    [LibraryImport(Library, EntryPoint = "SDL_QuitSubSystem")]
    internal static partial void QuitSubSystem(uint flags);

    [LibraryImport(Library, EntryPoint = "SDL_OpenAudioDevice")]
    internal static partial uint OpenAudioDevice(byte* device, int isCapture, in SdlAudioSpec desired, out SdlAudioSpec obtained, int allowedChanges);

    [LibraryImport(Library, EntryPoint = "SDL_CloseAudioDevice")]
    internal static partial void CloseAudioDevice(uint device);

    [LibraryImport(Library, EntryPoint = "SDL_PauseAudioDevice")]
    internal static partial void PauseAudioDevice(uint device, int pauseOn);

    [LibraryImport(Library, EntryPoint = "SDL_QueueAudio")]
    internal static partial int QueueAudio(uint device, byte* data, uint length);

    [LibraryImport(Library, EntryPoint = "SDL_GetQueuedAudioSize")]
    internal static partial uint GetQueuedAudioSize(uint device);

    [LibraryImport(Library, EntryPoint = "SDL_ClearQueuedAudio")]
    internal static partial void ClearQueuedAudio(uint device);

    [LibraryImport(Library, EntryPoint = "SDL_GetCurrentAudioDriver")]
    private static partial byte* GetCurrentAudioDriverNative();

    /// <summary>The audio driver SDL chose (pulseaudio, alsa, dummy...), or null when audio is not initialised.</summary>
    internal static string? GetCurrentAudioDriver() => Marshal.PtrToStringUTF8((nint)GetCurrentAudioDriverNative());
}
