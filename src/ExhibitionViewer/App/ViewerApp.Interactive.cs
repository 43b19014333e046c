using Exhibition.Bundle.Model;
using ExhibitionViewer.Controls;
using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Scripting;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Video;
using Serilog;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.App;

/// <summary>The interactive mode: a window, the tour, input (real or scripted), and a frame loop.</summary>
public static partial class ViewerApp
{
    private static int RunInteractive(Task<TourStart> starting, ViewerOptions options, Func<TourPlayer, GL, KioskFrame>? kiosk = null)
    {
        var script = options.ScriptPath is { } path ? new ScriptPlayer(LoadScript(path)) : null;
        var size = options.WindowSize;
        using var window = OpenWindow(new WindowOptions("Exhibition", size.Width, size.Height, options.Fullscreen, Display: options.Display),
            headless: script is not null, starting);
        if (!window.IsVisibleToUser && script is null)
        {
            // A bad bundle is the more useful message: with it fixed, the display is the next thing to see to.
            starting.GetAwaiter().GetResult();
            throw new ViewerException(ViewerException.PlatformFailure,
                $"no display to show the exhibition on (SDL video driver '{window.VideoDriver}'); use --screenshot or --script for headless runs");
        }

        window.TrySetVsync(window.IsVisibleToUser);
        Log.Information("Window open on SDL driver {Driver}, drawable {Size}", window.VideoDriver, window.DrawableSize);
        using var renderer = new GlRenderer(window.Gl);
        using var overlay = new PainterOverlay(window.Gl);
        var start = starting.GetAwaiter().GetResult();
        var (content, player) = (start.Content, start.Player);
        var (width, height) = window.DrawableSize;
        player.Resize(Math.Max(1, width), Math.Max(1, height));
        using var stage = new SceneStage(renderer, content, TextureBudgetBytes, TileLoader.DefaultWorkerCount);
        if (start.Preview is { } preview)
        {
            stage.Adopt(player.Scene.Id, preview);
        }

        start.Warm.Wait();
        // Captions are on by default at a kiosk (noisy fairs, deaf visitors); elsewhere the CC button or C turns them on.
        using var video = start.Ffmpeg is not { } tools ? null
            : new VideoStage(window.Gl, new TourVideo(player, content, tools, () => AudioOutputs.OpenDefault(Log.Logger), captionsOn: kiosk is not null));
        var input = new TourInput(player, new ViewControls(player.Camera), overlay) { AuthorMode = options.Author, Video = video?.Video };
        var stats = new RunStats();
        using var kioskFrame = kiosk?.Invoke(player, window.Gl);
        new FrameLoop(window, player, input, stage, renderer, overlay, script, stats, kioskFrame, video).Run();
        if (video is not null)
        {
            stats.Video = video.Video.TotalStats;
            stats.VideoState = video.Video.Playback?.State.ToString();
            stats.VideoSeconds = video.Video.Playback?.Position;
        }

        Log.Information("Closing in scene {Scene} at view {View} after {Frames} frames", player.Scene.Id, player.Camera.View, stats.Frames);
        var failures = script?.Failures ?? [];
        if (options.Stats)
        {
            var json = stats.ToJson(player.Scene.Id, player.Camera.View, stage.TilesLoaded, stage.TextureBytes, failures);
            Console.Out.WriteLine(kioskFrame is null ? json : KioskStats.Extend(json, kioskFrame.Session));
            Console.Out.Flush();
        }

        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"ExhibitionViewer: {failure}");
        }

        return failures.Count > 0 ? ScriptFailed : kioskFrame?.ExitCode ?? 0;
    }

    internal static FfmpegTools LocateFfmpeg()
    {
        try
        {
            return FfmpegTools.Locate();
        }
        catch (FfmpegMissingException e)
        {
            throw new ViewerException(ViewerException.PlatformFailure, $"this exhibition has video scenes, but {e.Message}", e);
        }
    }

    private static InputScript LoadScript(string path)
    {
        try
        {
            return InputScript.Parse(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot use the script: {e.Message}", e);
        }
    }
}
