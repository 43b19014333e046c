using System.Diagnostics;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Controls;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;
using Serilog;

namespace ExhibitionViewer.App;

/// <summary>The interactive mode: a window, input, and a frame loop.</summary>
public static partial class ViewerApp
{
    // Under Xvfb and the offscreen driver vsync is ignored, so frames are paced here too.
    private static readonly TimeSpan MinFrameTime = TimeSpan.FromSeconds(1 / 60.0);

    private static int RunInteractive(ITileSource tiles, ViewLimits limits, ViewAngles view, ViewerOptions options)
    {
        var size = options.WindowSize;
        using var window = OpenWindow(new WindowOptions("Exhibition", size.Width, size.Height, options.Fullscreen), headless: false);
        if (!window.IsVisibleToUser)
        {
            throw new ViewerException(ViewerException.PlatformFailure,
                $"no display to show the exhibition on (SDL video driver '{window.VideoDriver}'); use --screenshot for headless rendering");
        }

        window.TrySetVsync(true);
        Log.Information("Window open on SDL driver {Driver}, drawable {Size}", window.VideoDriver, window.DrawableSize);
        var (width, height) = window.DrawableSize;
        var camera = new Camera(view, limits, Math.Max(1, width), Math.Max(1, height));
        var controls = new ViewControls(camera);
        using var renderer = new GlRenderer(window.Gl);
        using var layer = OpenLayer(renderer, tiles);
        RunLoop(window, camera, controls, renderer, layer);
        return 0;
    }

    private static void RunLoop(SdlWindow window, Camera camera, ViewControls controls, GlRenderer renderer, CubeTileLayer layer)
    {
        var events = new List<InputEvent>();
        var clock = Stopwatch.StartNew();
        var last = clock.Elapsed;
        var stats = new FrameStats();
        while (true)
        {
            events.Clear();
            window.PollEvents(events);
            foreach (var e in events)
            {
                if (e.Kind == InputEventKind.Quit || (e.Kind == InputEventKind.KeyDown && e.Key == Keys.Escape))
                {
                    Log.Information("Closing at view {View}", camera.View);
                    return;
                }

                controls.Handle(e);
            }

            var now = clock.Elapsed;
            controls.Update((now - last).TotalSeconds);
            last = now;
            var (width, height) = window.DrawableSize;
            if (width > 0 && height > 0 && (width, height) != (camera.Projection.Width, camera.Projection.Height))
            {
                camera.Resize(width, height);
            }

            renderer.BeginFrame(camera.Projection);
            layer.Draw(camera.Projection);
            renderer.EndFrame();
            window.Swap();
            stats.Add(clock.Elapsed - now);
            var spare = MinFrameTime - (clock.Elapsed - now);
            if (spare > TimeSpan.Zero)
            {
                Thread.Sleep(spare);
            }
        }
    }
}
