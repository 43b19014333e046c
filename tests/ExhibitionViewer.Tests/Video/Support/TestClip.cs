using System.Diagnostics;
using Exhibition.Bundle.Format;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Video;
using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.Video.Support;

/// <summary>
/// A 3 s, 30 fps, 640×320 clip whose frames and sound carry their own time: the frame number as 16 binary blocks
/// (40 px wide, white = 1) along the top 32 rows, the number drawn as text, a white flash on every frame that starts
/// a whole second, and a 0.1 s 1 kHz beep at each whole second. Packed STORED into a bundle after a padding entry,
/// so it lies at a non-zero offset and every read goes through ffmpeg's subfile range.
/// </summary>
internal sealed class TestClip : IDisposable
{
    public const int Width = 640;
    public const int Height = 320;
    public const int Fps = 30;
    public const double Seconds = 3;
    public const string EntryPath = "media/clip.mp4";

    private static readonly string Video =
        $"testsrc2=s={Width}x{Height}:r={Fps}:d={Seconds},format=yuv420p,"
        + "drawtext=fontfile=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:text='%{n}':fontsize=48:fontcolor=white:box=1:boxcolor=black:x=280:y=140,"
        + @"geq=lum='if(lt(Y\,32)\,if(mod(floor(N/pow(2\,floor(X/40)))\,2)\,235\,16)\,if(eq(mod(N\,30)\,0)\,235\,lum(X\,Y)))'"
        + @":cb='if(lt(Y\,16)+eq(mod(N\,30)\,0)\,128\,cb(X\,Y))':cr='if(lt(Y\,16)+eq(mod(N\,30)\,0)\,128\,cr(X\,Y))'";

    private const string Beep = @"if(lt(mod(t\,1)\,0.1)\,0.8*sin(2*PI*1000*t)\,0)";

    public TestClip()
    {
        Directory.CreateDirectory(Folder);
        Tool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", Video,
            "-f", "lavfi", "-i", $"aevalsrc='{Beep}|{Beep}':s=48000:d={Seconds}",
            "-c:v", "libx264", "-preset", "veryfast", "-g", "30", "-pix_fmt", "yuv420p",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
            "-c:a", "aac", "-movflags", "+faststart", ClipPath);
        using (var writer = new BundleWriter(BundlePath))
        {
            writer.AddEntry("a-padding.bin", new byte[12345]);
            writer.AddFile(EntryPath, ClipPath);
            writer.Commit("video-tests", "1");
        }

        Bundle = BundleReader.Open(BundlePath);
        Source = VideoSource.FromBundle(Bundle, EntryPath);
        Tools = FfmpegTools.Locate();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "exhibition-video-tests-" + Guid.NewGuid().ToString("N"));

    public string ClipPath => Path.Combine(Folder, "clip.mp4");

    public string BundlePath => Path.Combine(Folder, "clip.exhibit");

    public BundleReader Bundle { get; }

    public VideoSource Source { get; }

    public FfmpegTools Tools { get; }

    /// <summary>The frame number the clip drew into a decoded frame.</summary>
    public static int CounterOf(VideoFrame frame)
    {
        var y = frame.Y;
        var value = 0;
        for (var bit = 0; bit < 16; bit++)
        {
            if (y[16 * Width + bit * 40 + 20] > 128)
            {
                value |= 1 << bit;
            }
        }

        return value;
    }

    /// <summary>Whether the frame is a whole-second flash (mean luma below the counter strip near white).</summary>
    public static bool IsFlash(VideoFrame frame)
    {
        long sum = 0;
        var y = frame.Y[(40 * Width)..];
        for (var i = 0; i < y.Length; i += 7)
        {
            sum += y[i];
        }

        return sum / (double)((y.Length + 6) / 7) > 200;
    }

    /// <summary>ffmpeg's own RGB frame of <paramref name="clipPath"/> at <paramref name="at"/> seconds (BT.709, limited range), via a PNG in <paramref name="folder"/>.</summary>
    public static DecodedImage FrameAt(string clipPath, double at, string folder)
    {
        var png = Path.Combine(folder, $"ref-{at}.png");
        Tool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-ss", at.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-i", clipPath, "-frames:v", "1",
            "-vf", "scale=in_color_matrix=bt709:in_range=tv:flags=bilinear+accurate_rnd+full_chroma_int,format=rgb24", png);
        return ImageDecoder.Decode(File.ReadAllBytes(png));
    }

    public void Dispose()
    {
        Bundle.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
