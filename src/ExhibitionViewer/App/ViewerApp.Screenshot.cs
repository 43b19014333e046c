using System.Diagnostics;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;
using Serilog;

namespace ExhibitionViewer.App;

/// <summary>The <c>--screenshot</c> mode.</summary>
public static partial class ViewerApp
{
    private static readonly TimeSpan ScreenshotTimeout = TimeSpan.FromSeconds(60);

    private static int RunScreenshot(ITileSource tiles, ViewLimits limits, ViewAngles view, PixelSize size, string output)
    {
        using var window = OpenWindow(new WindowOptions("ExhibitionViewer", size.Width, size.Height, Hidden: true), headless: true);
        var projection = new ViewProjection(ViewConstraints.Clamp(view, limits, size.Width, size.Height), size.Width, size.Height);
        CaptureResult capture;
        double frameMs;
        using (var renderer = new GlRenderer(window.Gl))
        using (var layer = OpenLayer(renderer, tiles))
        {
            capture = OffscreenCapture.Capture(renderer, layer, projection, ScreenshotTimeout);
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
