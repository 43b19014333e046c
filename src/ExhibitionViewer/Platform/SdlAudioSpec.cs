using System.Runtime.InteropServices;

namespace ExhibitionViewer.Platform;

/// <summary>SDL_AudioSpec; the callback is left null so the device is fed with SDL_QueueAudio.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SdlAudioSpec
{
    public int Freq;
    public ushort Format;
    public byte Channels;
    public byte Silence;
    public ushort Samples;
    public ushort Padding;
    public uint Size;
    public nint Callback;
    public nint UserData;
}
