using System.Diagnostics;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Viewing;
using Serilog;

namespace ExhibitionViewer.App;

/// <summary>The <c>--screenshot</c> mode.</summary>
public static partial class ViewerApp
{
    private static readonly TimeSpan ScreenshotTimeout = TimeSpan.FromSeconds(60);

    private static int RunScreenshot(IExhibitionContent content, Tour tour, Scene scene, ViewAngles view, ViewerOptions options, string output)
    {
        var pyramid = scene.Panorama
            ?? throw new ViewerException(ViewerException.BadInput, $"scene '{scene.Id}' is a video scene; screenshots show panoramas only in this version");
        var size = options.ScreenshotSize;
        using var window = OpenWindow(new WindowOptions("ExhibitionViewer", size.Width, size.Height, Hidden: true), headless: true);
        var player = new TourPlayer(tour, content, options.Language, size.Width, size.Height, scene.Id, view);
        var projection = player.Camera.Projection;
        CaptureResult capture;
        double frameMs;
        using (var renderer = new GlRenderer(window.Gl))
        using (var overlay = new PainterOverlay(window.Gl))
        using (var layer = OpenLayer(renderer, new EntryTileSource(content, pyramid)))
        {
            capture = OffscreenCapture.Capture(renderer, layer, projection, ScreenshotTimeout,
                () => overlay.Draw(player.BuildOverlay(), size.Width, size.Height));
            frameMs = MeasureFrameMilliseconds(renderer, layer, projection);
        }

        if (!capture.Complete)
        {
            Log.Warning("Not every tile loaded within {Timeout}; the screenshot shows stand-ins for some", ScreenshotTimeout);
        }

        try
        {
            ImageEncoder.WritePng(capture.Image, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot write {output}: {e.Message}", e);
        }

        Log.Information("Wrote {Output} ({Size}, view {View}, level {Level}) after {Frames} frames in {Elapsed:F0} ms; steady frame {FrameMs:F1} ms",
            output, size, projection.View, capture.Level, capture.Frames, capture.Elapsed.TotalMilliseconds, frameMs);
        return 0;
    }

    // The median of a few frames of the finished view, each waited for with glFinish: what a frame costs once loaded.
    private static double MeasureFrameMilliseconds(GlRenderer renderer, CubeTileLayer layer, ViewProjection projection)
    {
        using var target = new GlFramebuffer(renderer.Gl, projection.Width, projection.Height);
        target.Bind();
        var times = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var clock = Stopwatch.StartNew();
            renderer.BeginFrame(projection);
            layer.Draw(projection);
            renderer.EndFrame();
            renderer.Gl.Finish();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        target.Unbind();
        times.Sort();
        return times[times.Count / 2];
    }
}
