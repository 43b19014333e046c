using Exhibition.Bundle.Model;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Video;

namespace ExhibitionViewer.App;

/// <summary>
/// What the interactive mode needs from the bundle before its first frame: the open content, the tour player in its
/// first scene, and the work started for that scene (preview decode, warm-up) that runs while the window opens.
/// </summary>
internal sealed class TourStart
{
    private TourStart(IExhibitionContent content, TourPlayer player, FfmpegTools? ffmpeg, Task<DecodedImage[]>? preview, Task warm)
    {
        Content = content;
        Ffmpeg = ffmpeg;
        Player = player;
        Preview = preview;
        Warm = warm;
    }

    /// <summary>The open content (owned by the caller).</summary>
    public IExhibitionContent Content { get; }

    /// <summary>The tour player, in the first scene at the first view.</summary>
    public TourPlayer Player { get; }

    /// <summary>ffmpeg, found when the tour has video scenes; null without them.</summary>
    public FfmpegTools? Ffmpeg { get; }

    /// <summary>The first scene's preview being decoded, or null for a scene without a panorama.</summary>
    public Task<DecodedImage[]>? Preview { get; }

    /// <summary>The first overlay painted off screen once, so its code and fonts are ready.</summary>
    public Task Warm { get; }

    /// <summary>
    /// Creates the player for a screen of <paramref name="size"/> and starts the first scene's work; a tour with video
    /// scenes and no ffmpeg fails here, at start-up, not when a visitor reaches the film.
    /// </summary>
    public static TourStart Begin(IExhibitionContent content, Tour tour, Scene scene, ViewAngles view, string? language, PixelSize size)
    {
        var ffmpeg = tour.Scenes.Any(s => s.Video is not null) ? ViewerApp.LocateFfmpeg() : null;
        var player = new TourPlayer(tour, content, language, size.Width, size.Height, scene.Id, view);
        return new TourStart(content, player, ffmpeg, StartupWarmup.DecodePreview(player, content), StartupWarmup.Warm(player));
    }

    /// <summary>Disposes <paramref name="content"/> once a start that may still be reading it has finished.</summary>
    public static void DisposeWhenDone(Task<TourStart> start, IExhibitionContent content) =>
        start.ContinueWith(_ => content.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
