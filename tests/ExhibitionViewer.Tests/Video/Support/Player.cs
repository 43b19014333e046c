using ExhibitionViewer.Video;

namespace ExhibitionViewer.Tests.Video.Support;

/// <summary>Drives a playback as a 100 Hz render loop would.</summary>
internal static class Player
{
    /// <summary>Calls Update every 10 ms until <paramref name="stop"/> says so or the timeout passes; true if stopped.</summary>
    public static bool RunUntil(VideoPlayback playback, Func<VideoTick, bool> stop, double timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (stop(playback.Update()))
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }
}
