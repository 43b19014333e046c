using ExhibitionViewer.Platform;
using Serilog;

namespace ExhibitionViewer.Video;

/// <summary>Opens the sound output once for the viewer's lifetime.</summary>
public static class AudioOutputs
{
    /// <summary>The default SDL output, or null after logging one line that videos will play silently.</summary>
    public static IAudioOutput? OpenDefault(ILogger log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var device = SdlAudioDevice.TryOpen(null, out var reason);
        if (device is null)
        {
            log.Warning("No audio device ({Reason}); videos will play silently", reason);
            return null;
        }

        log.Information("Audio output open on SDL driver {Driver}", device.Driver);
        return device;
    }
}
