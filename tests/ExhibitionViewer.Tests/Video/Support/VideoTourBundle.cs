using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Tests.Video.Support;

namespace ExhibitionViewer.Tests.Video.Support;

/// <summary>
/// The small test tour (<see cref="TourBundle"/>) with a real film: a 4 s, 30 fps, 480×240 testsrc2 clip with a 1 kHz
/// tone, BT.709-tagged, made by ffmpeg, with an English caption track. The hall is entered looking at the film's
/// hotspot (yaw 150), so a tap at the centre of the screen goes to the film.
/// </summary>
internal sealed class VideoTourBundle : IDisposable
{
    public const int Width = 480;
    public const int Height = 240;
    public const double Seconds = 4;
    public const string Caption = "Welcome to the gallery";
    public const double HallYaw = 150;

    public VideoTourBundle()
    {
        Tool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", $"testsrc2=s={Width}x{Height}:r=30:d={Seconds}",
            "-f", "lavfi", "-i", $"sine=f=1000:d={Seconds}:sample_rate=48000",
            "-c:v", "libx264", "-preset", "veryfast", "-g", "30", "-pix_fmt", "yuv420p",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
            "-c:a", "aac", "-movflags", "+faststart", ClipPath);
    }

    public TempDirectory Temp { get; } = new();

    public string ClipPath => Path.Combine(Temp.Path, "film.mp4");

    /// <summary>Writes a bundle whose film scene is changed by <paramref name="film"/>; an undecodable film when <paramref name="broken"/>.</summary>
    public string Write(string name, Func<VideoMedia, VideoMedia>? film = null, bool broken = false)
    {
        var entries = TourBundle.Entries(out var tour);
        var media = new VideoMedia
        {
            Path = "scenes/film/film.mp4", Width = Width, Height = Height, DurationSeconds = Seconds, FramesPerSecond = 30, HasAudio = true,
            PosterPath = "scenes/film/poster.jpg", Captions = new Dictionary<string, string> { ["en"] = "scenes/film/en.vtt" },
        };
        media = film?.Invoke(media) ?? media;
        entries[media.Path] = broken ? System.Text.Encoding.ASCII.GetBytes(new string('x', 4096)) : File.ReadAllBytes(ClipPath);
        entries["scenes/film/en.vtt"] = System.Text.Encoding.UTF8.GetBytes($"WEBVTT\n\n00:00.000 --> 00:10.000\n{Caption}\n");
        tour = tour with { Scenes = [.. tour.Scenes.Select(s => s.Video is null ? s : s with { Video = media })] };
        entries[TourJson.EntryPath] = TourJson.Serialize(tour);
        var path = Path.Combine(Temp.Path, name + ".exhibit");
        using var writer = new BundleWriter(path);
        foreach (var (entry, bytes) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.AddEntry(entry, bytes);
        }

        writer.Commit("video-tour", "1.0.0");
        return path;
    }

    public void Dispose() => Temp.Dispose();
}
