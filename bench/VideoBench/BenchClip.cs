using System.Diagnostics;
using System.Globalization;

namespace VideoBench;

/// <summary>A generated H.264 + AAC test clip, cached in the temp folder between runs.</summary>
internal sealed record BenchClip(string Name, int Width, int Height, int Fps, int Seconds, int Megabits)
{
    public string Path => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "exhibition-videobench",
        string.Create(CultureInfo.InvariantCulture, $"{Name}-{Width}x{Height}-{Fps}fps-{Seconds}s-{Megabits}M.mp4"));

    /// <summary>Makes the clip unless it is cached: test pattern plus moving noise, so the encoder needs the bitrate.</summary>
    public void Ensure()
    {
        if (File.Exists(Path))
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var partial = Path + ".partial.mp4";
        var rate = string.Create(CultureInfo.InvariantCulture, $"{Megabits}M");
        string[] args =
        [
            "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", string.Create(CultureInfo.InvariantCulture, $"testsrc2=s={Width}x{Height}:r={Fps}:d={Seconds},noise=alls=24:allf=t+u"),
            "-f", "lavfi", "-i", string.Create(CultureInfo.InvariantCulture, $"sine=f=440:r=48000:d={Seconds}"),
            "-c:v", "libx264", "-preset", "ultrafast", "-b:v", rate, "-maxrate", rate, "-bufsize", rate, "-g", "60",
            "-pix_fmt", "yuv420p", "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
            "-c:a", "aac", "-b:a", "128k", "-ac", "2", "-movflags", "+faststart", partial,
        ];
        Console.WriteLine($"Generating {Path} (cached for later runs)...");
        RunFfmpeg($"generate {Path}", args);

        File.Move(partial, Path);
    }

    /// <summary>Runs ffmpeg with <paramref name="args"/>; throws saying it could not <paramref name="what"/>.</summary>
    public static void RunFfmpeg(string what, params string[] args)
    {
        var info = new ProcessStartInfo("ffmpeg") { UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg could not {what}");
        }
    }
}
