using System.Diagnostics;

namespace ContentPacker.Tests.Support;

internal sealed partial class AuthoringFolderFixture
{
    /// <summary>The docs' example with small real media: JPEGs from NetVips and a clip from ffmpeg's test source.</summary>
    public static AuthoringFolderFixture ExampleWithRealMedia()
    {
        var fixture = Example();
        fixture.RealJpeg("panoramas/entrance.jpg", 256, 128).RealJpeg("panoramas/balcony.jpg", 250, 100);
        foreach (var face in AuthoringExample.CubeFaces)
        {
            fixture.RealJpeg($"panoramas/workshop/{face}.jpg", 64, 64);
        }

        fixture.RealJpeg("images/aerospace.jpg", 64, 48);
        fixture.RealVideo("video/interview.mp4", 256, 128, 1);
        return fixture;
    }

    /// <summary>A real JPEG of the given size (a gradient, so it is not trivially compressible).</summary>
    public AuthoringFolderFixture RealJpeg(string relative, int width, int height)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var image = NetVips.Image.Xyz(width, height)[0].Cast(NetVips.Enums.BandFormat.Uchar).Bandjoin(128, 64);
        image.Jpegsave(path, q: 80);
        return this;
    }

    /// <summary>A short real H.264 clip from ffmpeg's lavfi test source.</summary>
    public AuthoringFolderFixture RealVideo(string relative, int width, int height, double seconds)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var start = new ProcessStartInfo("ffmpeg")
        {
            ArgumentList = { "-v", "error", "-y", "-f", "lavfi", "-i", $"testsrc=size={width}x{height}:rate=10", "-t", $"{seconds}",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", path },
            RedirectStandardError = true,
        };
        using var ffmpeg = Process.Start(start)!;
        var errors = ffmpeg.StandardError.ReadToEnd();
        if (!ffmpeg.WaitForExit(60_000) || ffmpeg.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed: {errors}");
        }

        return this;
    }
}
