using ExhibitionViewer.Platform;

namespace ExhibitionViewer.Tests.Video.Support;

/// <summary>SDL's dummy audio driver: no sound card needed, and it takes queued sound in real time, so the clock runs.</summary>
internal static class DummyAudio
{
    public static SdlAudioDevice Open()
    {
        var device = SdlAudioDevice.TryOpen("dummy", out var reason);
        Assert.That(device, Is.Not.Null, $"SDL's dummy audio driver did not open: {reason}");
        return device!;
    }
}
