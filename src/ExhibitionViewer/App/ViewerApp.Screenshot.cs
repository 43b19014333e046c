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
        if (scene.Video is { } media)
        {
            return RunVideoScreenshot(content, tour, scene, media, view, options, output);
        }

        if (options.At is not null)
        {
            Log.Warning("--at applies to video scenes; scene {Scene} is a panorama, so it is ignored", scene.Id);
        }

        var pyramid = scene.Panorama
            ?? throw new ViewerException(ViewerException.BadInput, $"scene '{scene.Id}' has neither a panorama nor a video");
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

        WritePng(capture.Image, output);

        Log.Information("Wrote {Output} ({Size}, view {View}, level {Level}) after {Frames} frames in {Elapsed:F0} ms; steady frame {FrameMs:F1} ms",
            output, size, projection.View, capture.Level, capture.Frames, capture.Elapsed.TotalMilliseconds, frameMs);
        return 0;
    }

    private static void WritePng(DecodedImage image, string output)
    {
        try
        {
            ImageEncoder.WritePng(image, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot write {output}: {e.Message}", e);
        }
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
