using System.Diagnostics;
using System.Globalization;
using ContentPacker.Media;
using ContentPacker.Sample.Art;
using ContentPacker.Sample.Content;
using SkiaSharp;

namespace ContentPacker.Sample.Output;

/// <summary>
/// Makes the 360° interview video with ffmpeg: a ray-cast studio as the background, a moving marker that circles the
/// sphere (so seams and direction show), a running clock, and a melody with a beep each second.
/// </summary>
internal static class SampleVideo
{
    public const int Width = 1920;
    public const int Height = 960;

    // The melody steps through a circle of fifths every half second; each note decays so pitch changes do not click.
    private const string Sound =
        "0.16*sin(2*PI*t*262*pow(2,mod(floor(t*2)*7,12)/12))*exp(-5*mod(t,0.5))+0.1*sin(2*PI*1000*t)*lt(mod(t,1),0.08)";

    public static void Write(string file, SKBitmap background, string scratch)
    {
        var backgroundFile = Path.Combine(scratch, "studio-background.png");
        var markerFile = Path.Combine(scratch, "marker.png");
        var graphFile = Path.Combine(scratch, "graph.txt");
        SampleFiles.SavePng(background, backgroundFile);
        using (var marker = Marker())
        {
            SampleFiles.SavePng(marker, markerFile);
        }

        File.WriteAllText(graphFile, Graph());
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        Run(
        [
            "-nostdin", "-y", "-hide_banner", "-loglevel", "error",
            "-loop", "1", "-framerate", "30", "-i", backgroundFile,
            "-loop", "1", "-framerate", "30", "-i", markerFile,
            "-filter_complex_script", graphFile, "-map", "[v]", "-map", "[a]",
            "-t", InterviewScript.DurationSeconds.ToString(CultureInfo.InvariantCulture),
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "22", "-profile:v", "high", "-pix_fmt", "yuv420p", "-r", "30",
            "-threads", "2", "-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", "-map_metadata", "-1",
            "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact", file,
        ]);
    }

    private static string Graph()
    {
        var font = Fonts.RegularFile.Replace("\\", "/", StringComparison.Ordinal).Replace(":", "\\\\:", StringComparison.Ordinal);
        var seconds = InterviewScript.DurationSeconds.ToString(CultureInfo.InvariantCulture);
        return $"[0:v][1:v]overlay=x='mod(t*{Width / 10},W)-w/2':y='H*0.27-h/2':format=auto,"
            + $"drawtext=fontfile='{font}':text='%{{pts\\:hms}}':x=(w-tw)/2:y=h*0.64:fontsize=44:fontcolor=white:"
            + "box=1:boxcolor=0x14213D@0.85:boxborderw=16,format=yuv420p[v];"
            + $"aevalsrc=exprs='{Sound}|{Sound}':s=48000:d={seconds}[a]";
    }

    private static SKBitmap Marker()
    {
        var bitmap = new SKBitmap(new SKImageInfo(120, 120, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        using (var glow = Ink.Fill(Palette.Orange.WithAlpha(90))) canvas.DrawCircle(60, 60, 56, glow);
        using (var disc = Ink.Fill(Palette.Orange)) canvas.DrawCircle(60, 60, 40, disc);
        using (var ring = Ink.Stroke(Palette.OffWhite, 6)) canvas.DrawCircle(60, 60, 40, ring);
        Ink.Text(canvas, "REC", 60, 69, 26, Palette.OffWhite, bold: true);
        return bitmap;
    }

    private static void Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("ffmpeg", arguments) { RedirectStandardError = true, UseShellExecute = false };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new MediaException("ffmpeg was not found; install ffmpeg to make the sample video.", e);
        }

        using (process)
        {
            var errors = process!.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new MediaException($"ffmpeg failed making the sample video (exit {process.ExitCode}): {errors.Trim()}");
            }
        }
    }
}
