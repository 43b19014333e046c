using ExhibitionViewer.Video;

namespace ExhibitionViewer.Platform;

/// <summary>
/// SDL2's default audio output at 48 kHz stereo s16, fed through SDL's queue. Opens the audio subsystem on its own,
/// so it works with or without a window. Starts paused.
/// </summary>
public sealed unsafe class SdlAudioDevice : IAudioOutput
{
    private const int Rate = 48000;
    private readonly uint device;
    private bool disposed;

    private SdlAudioDevice(uint device, SdlAudioSpec obtained, string driver)
    {
        this.device = device;
        DeviceLatencySeconds = obtained.Samples / (double)Rate;
        Driver = driver;
    }

    /// <summary>SDL's audio driver in use (e.g. <c>pulseaudio</c>, <c>alsa</c>, <c>dummy</c>).</summary>
    public string Driver { get; }

    /// <inheritdoc />
    public int SampleRate => Rate;

    /// <inheritdoc />
    public int Channels => 2;

    /// <inheritdoc />
    public double DeviceLatencySeconds { get; }

    /// <inheritdoc />
    public int QueuedBytes => (int)Sdl.GetQueuedAudioSize(device);

    /// <summary>
    /// Opens the default output; null with <paramref name="reason"/> when there is none (no sound card, no server).
    /// <paramref name="driver"/> picks an SDL audio driver by name (e.g. <c>dummy</c> in tests); an
    /// <c>SDL_AUDIODRIVER</c> set in the real environment wins over it.
    /// </summary>
    public static SdlAudioDevice? TryOpen(string? driver, out string reason)
    {
        if (driver is not null)
        {
            Sdl.SetHint("SDL_AUDIODRIVER", driver);
        }

        if (Sdl.InitSubSystem(Sdl.InitAudio) != 0)
        {
            reason = $"SDL audio: {Sdl.GetError()}";
            return null;
        }

        var desired = new SdlAudioSpec { Freq = Rate, Format = Sdl.AudioS16Lsb, Channels = 2, Samples = 1024 };
        var id = Sdl.OpenAudioDevice(null, 0, in desired, out var obtained, 0);
        if (id == 0)
        {
            reason = $"SDL_OpenAudioDevice: {Sdl.GetError()}";
            Sdl.QuitSubSystem(Sdl.InitAudio);
            return null;
        }

        reason = "";
        return new SdlAudioDevice(id, obtained, Sdl.GetCurrentAudioDriver() ?? "unknown");
    }

    /// <inheritdoc />
    public void Queue(ReadOnlySpan<byte> pcm)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        fixed (byte* p = pcm)
        {
            if (Sdl.QueueAudio(device, p, (uint)pcm.Length) != 0)
            {
                throw new SdlException("SDL_QueueAudio", Sdl.GetError());
            }
        }
    }

    /// <inheritdoc />
    public void Clear() => Sdl.ClearQueuedAudio(device);

    /// <inheritdoc />
    public void SetPaused(bool paused) => Sdl.PauseAudioDevice(device, paused ? 1 : 0);

    /// <inheritdoc />
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            Sdl.CloseAudioDevice(device);
            Sdl.QuitSubSystem(Sdl.InitAudio);
        }
    }
}
