using System.Diagnostics;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Video;
using ExhibitionViewer.Viewing;

namespace VideoBench;

/// <summary>What one clip's playback through the real components measured.</summary>
internal sealed record PlaybackResult(
    double OnTimePercent, long Shown, long Dropped, double P50, double P99, long RssStart, long RssWarm, long RssEnd, double CpuSeconds,
    double WallSeconds, bool HadSound, double FrameMs, int CatchUps);

/// <summary>Plays a clip headless at 1280×720 through the viewer's decoders, clock, video layer and controls.</summary>
internal static class PlaybackRun
{
    private const int Width = 1280;
    private const int Height = 720;
    private static readonly TimeSpan FrameBudget = TimeSpan.FromSeconds(1 / 60.0);

    public static PlaybackResult Play(SdlWindow window, IAudioOutput? audio, BenchClip clip)
    {
        var tools = FfmpegTools.Locate();
        var source = new VideoSource(clip.Path, null);
        var info = VideoProbe.Probe(tools, source);
        var gl = window.Gl;
        using var target = new GlFramebuffer(gl, Width, Height);
        using var layer = new EquirectVideoLayer(gl);
        using var painter = new VideoControlsPainter();
        using var controls = new VideoControlsLayer(gl, painter);
        var projection = new ViewProjection(new ViewAngles(30, 5, 100), Width, Height);
        target.Bind();
        var rssStart = CpuTime.RssBytes();
        var cpuStart = CpuTime.Now();
        var wall = Stopwatch.StartNew();
        var frameTimes = new List<double>();
        var lastDraw = TimeSpan.Zero;
        long rssWarm = 0;
        bool hadSound;
        int catchUps;
        VideoStats stats;
        using (var playback = new VideoPlayback(tools, source, info, new VideoPlaybackOptions { Audio = audio }))
        {
            while (wall.Elapsed.TotalSeconds < clip.Seconds + 30)
            {
                var frameStart = wall.Elapsed;
                if (rssWarm == 0 && wall.Elapsed > TimeSpan.FromSeconds(Math.Min(10, clip.Seconds / 4.0)))
                {
                    // Once the queue, the pool and the textures are full: memory after this must stay flat.
                    rssWarm = CpuTime.RssBytes();
                }

                var tick = playback.Update();
                // The view is still, so (as the viewer does for a video scene nobody is dragging) a frame is drawn
                // only when there is a new picture, and at least 4 times a second for the controls' clock.
                if (tick.Frame is { } frame)
                {
                    layer.Upload(frame);
                }

                if (tick.Frame is not null || wall.Elapsed - lastDraw > TimeSpan.FromMilliseconds(250))
                {
                    layer.Draw(projection);
                    controls.Draw(VideoControlsState.Of(playback, "en"), Width, Height);
                    gl.Finish();
                    lastDraw = wall.Elapsed;
                    frameTimes.Add((wall.Elapsed - frameStart).TotalMilliseconds);
                }
                if (tick.Ended || playback.State == VideoPlaybackState.Failed)
                {
                    break;
                }

                var spare = FrameBudget - (wall.Elapsed - frameStart);
                if (spare > TimeSpan.Zero)
                {
                    Thread.Sleep(spare);
                }
            }

            hadSound = playback.HasSound;
            catchUps = playback.CatchUps;
            stats = playback.Stats;
            if (playback.Error is { } error)
            {
                Console.WriteLine($"  playback failed: {error}");
            }
        }

        var cpuEnd = CpuTime.Now();
        target.Unbind();
        GC.Collect();
        var expected = info.FramesPerSecond * info.DurationSeconds;
        frameTimes.Sort();
        return new PlaybackResult(100.0 * stats.FramesOnTime / expected, stats.FramesShown, stats.FramesDropped,
            stats.OffsetP50Milliseconds, stats.OffsetP99Milliseconds, rssStart, rssWarm, CpuTime.RssBytes(),
            cpuEnd.Self - cpuStart.Self + cpuEnd.Children - cpuStart.Children, wall.Elapsed.TotalSeconds, hadSound,
            frameTimes.Count > 0 ? frameTimes[frameTimes.Count / 2] : 0, catchUps);
    }
}
