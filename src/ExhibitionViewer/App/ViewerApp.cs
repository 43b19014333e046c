using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using Serilog;

namespace ExhibitionViewer.App;

/// <summary>Opens the content, checks its signer, picks the scene and view, and runs the screenshot or the interactive mode.</summary>
public static partial class ViewerApp
{
    /// <summary>Texture budget for the current scene's tiles (about three full 1080p views); the preview is pinned outside it.</summary>
    public const long TextureBudgetBytes = 160L << 20;

    /// <summary>Exit code when a script's expectation did not hold.</summary>
    public const int ScriptFailed = 4;

    /// <summary>Runs the viewer; returns the exit code. Throws <see cref="ViewerException"/> for bad input or platform.</summary>
    public static int Run(ViewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Kiosk)
        {
            return RunKiosk(options);
        }

        // Opening and the signer check are quick and the likeliest to fail: they come before the window.
        var content = ContentOpener.Open(options.ContentPath ?? SampleBundle.Locate());
        try
        {
            TrustCheck.Require(content, options.Trust);
        }
        catch
        {
            content.Dispose();
            throw;
        }

        if (options.ScreenshotPath is { } output)
        {
            using (content)
            {
                var (tour, scene, view) = ReadStartScene(content, options);
                return RunScreenshot(content, tour, scene, view, options, output);
            }
        }

        // On llvmpipe, SDL and OpenGL take about 200 ms to start: the tour is read on another core meanwhile.
        var start = Task.Run(() =>
        {
            var (tour, scene, view) = ReadStartScene(content, options);
            return TourStart.Begin(content, tour, scene, view, options.Language, options.WindowSize);
        });
        try
        {
            return RunInteractive(start, options);
        }
        finally
        {
            TourStart.DisposeWhenDone(start, content);
        }
    }

    private static (Tour Tour, Scene Scene, ViewAngles View) ReadStartScene(IExhibitionContent content, ViewerOptions options)
    {
        var tour = ReadTour(content);
        var sceneId = options.SceneId ?? tour.FirstScene;
        var scene = tour.FindScene(sceneId)
            ?? throw new ViewerException(ViewerException.BadInput, $"{content.Location} has no scene '{sceneId}'");
        var language = options.Language ?? tour.Languages.FirstOrDefault() ?? "en";
        Log.Information("Showing {Tour} {Version}, scene {Scene} ({Title}) from {Location}",
            tour.Id, tour.Version, scene.Id, scene.Title.In(language), content.Location);
        var view = new ViewAngles(options.Yaw ?? scene.InitialView.Yaw, options.Pitch ?? scene.InitialView.Pitch, options.Hfov ?? scene.InitialView.Hfov);
        return (tour, scene, view);
    }

    private static Tour ReadTour(IExhibitionContent content)
    {
        try
        {
            return content.ReadTour();
        }
        catch (Exception e) when (ContentOpener.IsContentError(e))
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot read the tour in {content.Location}: {e.Message}", e);
        }
    }

    private static SdlWindow OpenWindow(WindowOptions options, bool headless, Task? starting = null)
    {
        try
        {
            return SdlWindow.Open(options, headless);
        }
        catch (SdlException e)
        {
            starting?.GetAwaiter().GetResult();
            throw new ViewerException(ViewerException.PlatformFailure, $"cannot open an OpenGL window: {e.Message}", e);
        }
    }

    private static CubeTileLayer OpenLayer(IRenderer renderer, ITileSource tiles)
    {
        try
        {
            return new CubeTileLayer(renderer, tiles, TextureBudgetBytes, TileLoader.DefaultWorkerCount);
        }
        catch (Exception e) when (ContentOpener.IsContentError(e))
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot read the panorama preview {tiles.Pyramid.PreviewPath}: {e.Message}", e);
        }
    }
}
