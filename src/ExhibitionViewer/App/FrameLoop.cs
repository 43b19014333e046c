using System.Diagnostics;
using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Scripting;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Video;
using Serilog;

namespace ExhibitionViewer.App;

/// <summary>
/// One frame: events (from the window, then from the script), tour, video and view updates, the panorama or video
/// layers, the overlay, swap. Paced to 60 frames a second because vsync is ignored under Xvfb and the offscreen
/// driver. On a video scene a frame is drawn only when something on screen changed (see <see cref="RedrawCheck"/>).
/// </summary>
internal sealed class FrameLoop(SdlWindow window, TourPlayer player, TourInput input, SceneStage stage, IRenderer renderer,
    IOverlay overlay, ScriptPlayer? script, RunStats stats, KioskFrame? kiosk = null, VideoStage? video = null)
{
    private static readonly TimeSpan MinFrameTime = TimeSpan.FromSeconds(1 / 60.0);
    private static readonly TimeSpan SlowFrame = TimeSpan.FromMilliseconds(40);
    private readonly List<InputEvent> events = [];
    private readonly FrameStats periodic = new();
    private readonly RedrawCheck redraw = new();
    private readonly FrameThrottle throttle = new(window.Gl);
    private bool lastComplete;

    public void Run()
    {
        try
        {
            RunFrames();
        }
        finally
        {
            throttle.Dispose();
        }
    }

    private void RunFrames()
    {
        var clock = Stopwatch.StartNew();
        var last = clock.Elapsed;
        var firstScene = player.SceneVersion;
        var sceneChanges = new SceneChangeTimer(player.SceneVersion);
        while (true)
        {
            var start = clock.Elapsed;
            var seconds = (start - last).TotalSeconds;
            last = start;
            if (!HandleInput(seconds))
            {
                return;
            }

            input.Update(seconds);
            var pictureChanged = video?.Update(seconds) ?? false;
            if (kiosk is not null && video?.Video.Playback is { IsPlaying: true } && player.Scene.Video is { Loop: false })
            {
                // A visitor watching a long interview is not idle: the visit must not end under them. (A looping
                // video plays on with nobody there, so it does not count.)
                kiosk.Session.NoteWatching();
            }

            kiosk?.Update(seconds, player.Camera.Projection.Width, player.Camera.Projection.Height);
            var controls = player.IsVideoScene ? video?.Video.ControlsState() : null;
            var changed = sceneChanges.Changed(player.SceneVersion);
            // A video scene draws only what changed, so its overlay is built first, once, to compare and to draw.
            var overlayScene = video is not null && player.IsVideoScene ? player.BuildOverlay() : null;
            if (overlayScene is null || redraw.IsNeeded(player, overlayScene, controls, kiosk, pictureChanged, start) || changed)
            {
                var frame = Draw(controls, overlayScene);
                lastComplete = frame?.IsComplete ?? true;
                var work = clock.Elapsed - start;
                stats.AddFrame(work, lastComplete);
                periodic.Add(work);
                sceneChanges.Drawn(changed, start, clock.Elapsed, lastComplete, stats);
            }

            if (player.SceneVersion != firstScene)
            {
                stats.StopWaitingForDetail();
            }

            var spare = MinFrameTime - (clock.Elapsed - start);
            if (spare > TimeSpan.Zero)
            {
                Thread.Sleep(spare);
            }
        }
    }

    private bool HandleInput(double seconds)
    {
        events.Clear();
        window.PollEvents(events);
        script?.Step(seconds, new ScriptFrame(player.Camera.Projection, player.Scene.Id, lastComplete, video?.Video.Playback?.Position), events);
        if (script is { ResetStatsRequested: true })
        {
            script.ResetStatsRequested = false;
            stats.ResetFrameTimes();
        }

        foreach (var e in events)
        {
            // In kiosk mode the kiosk sees input first; only it decides when the program ends.
            if (kiosk?.Handle(e) != true)
            {
                input.Handle(e);
            }
        }

        var quit = kiosk is null ? input.QuitRequested : kiosk.ExitRequested;
        return !quit && script is not { Finished: true };
    }

    private LayerFrame? Draw(VideoControlsState? controls, OverlayScene? overlayScene)
    {
        var (width, height) = window.DrawableSize;
        if (width > 0 && height > 0 && (width, height) != (player.Camera.Projection.Width, player.Camera.Projection.Height))
        {
            player.Resize(width, height);
            overlayScene = null;
        }

        var projection = player.Camera.Projection;
        var clock = Stopwatch.StartNew();
        throttle.WaitForPreviousFrame();
        renderer.BeginFrame(projection);
        video?.DrawLeaving(player);
        var frame = stage.Draw(player);
        if (player.IsVideoScene)
        {
            video?.Draw(player);
        }

        var layers = clock.Elapsed;
        if (kiosk is not { CoversTour: true })
        {
            overlay.Draw(overlayScene ?? player.BuildOverlay(), projection.Width, projection.Height);
            if (controls is not null)
            {
                video?.DrawControls(controls, projection);
            }
        }

        kiosk?.Draw();
        var painted = clock.Elapsed;
        renderer.EndFrame();
        window.Swap();
        throttle.EndFrame();
        if (clock.Elapsed > SlowFrame)
        {
            Log.Debug("Slow frame {Total:F1} ms: layers {Layers:F1}, overlay {Overlay:F1}, swap {Swap:F1}; {Frame}",
                clock.Elapsed.TotalMilliseconds, layers.TotalMilliseconds, (painted - layers).TotalMilliseconds,
                (clock.Elapsed - painted).TotalMilliseconds, frame);
        }

        return frame;
    }
}
