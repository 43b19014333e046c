using System.Diagnostics;

namespace VideoBench;

/// <summary>The upper bound: ffmpeg decoding the clip as fast as it can to nowhere.</summary>
internal static class NullDecode
{
    public static (double Fps, double CpuSeconds) Measure(BenchClip clip)
    {
        var before = CpuTime.Now().Children;
        var clock = Stopwatch.StartNew();
        var info = new ProcessStartInfo("ffmpeg") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in (string[])["-hide_banner", "-loglevel", "error", "-nostdin", "-i", clip.Path, "-f", "null", "-"])
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        return (clip.Fps * clip.Seconds / seconds, CpuTime.Now().Children - before);
    }
}
