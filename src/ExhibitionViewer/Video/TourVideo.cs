using Exhibition.Bundle.Model;
using ExhibitionViewer.App;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Touring;
using Serilog;

namespace ExhibitionViewer.Video;

/// <summary>
/// Plays the tour's video scenes, with no GL: when the tour enters a video scene it opens the video off the render
/// thread (poster first, then frames), and when it leaves, the playback is disposed so every ffmpeg child is ended
/// and reaped. It keeps the control bar's state (shown on input, hidden after a few seconds of playing), the
/// captions switch, and goes on to the bundle's next scene at the end. A video that cannot play becomes a calm
/// message with a way back; nothing here throws into the frame loop. Render thread only.
/// </summary>
internal sealed partial class TourVideo : IVideoControls, IDisposable
{
    /// <summary>Seconds the control bar stays after the last input while the video plays.</summary>
    public const double ControlsSeconds = 3;

    private readonly TourPlayer player;
    private readonly IExhibitionContent content;
    private readonly FfmpegTools tools;
    private readonly Lazy<IAudioOutput?> audio;
    private readonly ILogger log = Log.ForContext<TourVideo>();
    private int sceneVersion = -1;
    private Task<OpenedVideo>? opening;
    private Task? verified;
    private VideoPlayback? playback;
    private readonly VideoStats finished = new();
    private string? failure;
    private double sinceInput;

    /// <summary>
    /// Plays <paramref name="player"/>'s video scenes from <paramref name="content"/> with ffmpeg; the sound output is
    /// opened with <paramref name="openAudio"/> at the first video scene (silent when it gives null) and closed on dispose.
    /// </summary>
    public TourVideo(TourPlayer player, IExhibitionContent content, FfmpegTools tools, Func<IAudioOutput?> openAudio, bool captionsOn)
    {
        ArgumentNullException.ThrowIfNull(player);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(openAudio);
        this.player = player;
        this.content = content;
        this.tools = tools;
        audio = new Lazy<IAudioOutput?>(openAudio);
        CaptionsOn = captionsOn;
    }

    /// <summary>Whether captions show (when the video has them).</summary>
    public bool CaptionsOn { get; private set; }

    /// <summary>The playback of the current video scene, once opened; null otherwise.</summary>
    public VideoPlayback? Playback => playback;

    /// <summary>Frames shown and dropped and A/V offsets of every video played so far, the current one included.</summary>
    public VideoStats TotalStats
    {
        get
        {
            var total = new VideoStats();
            total.Add(finished);
            if (playback is not null)
            {
                total.Add(playback.Stats);
            }

            return total;
        }
    }

    /// <summary>
    /// Follows the tour (opening or closing a video on a scene change) and advances playback; returns what changed on
    /// screen. At the end of a video that goes on, the tour moves to the next scene.
    /// </summary>
    public VideoUpdate Update(double seconds)
    {
        var entered = Follow();
        sinceInput += Math.Max(0, seconds);
        var poster = TakeOpened();
        if (verified is { IsFaulted: true } check)
        {
            verified = null;
            Fail("its bytes do not match the bundle's manifest (the file is damaged or was changed)", check.Exception?.GetBaseException());
        }

        if (playback is null || failure is not null)
        {
            return new VideoUpdate(null, entered, poster);
        }

        VideoTick tick;
        try
        {
            tick = playback.Update();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(e.Message, e);
            return new VideoUpdate(null, entered, poster);
        }

        player.VideoSeconds = playback.Position;
        if (playback.State == VideoPlaybackState.Failed)
        {
            Fail(playback.Error ?? "the video stopped", null);
        }
        else if (tick.Ended)
        {
            sinceInput = 0;
            if (tick.NextScene is { } next)
            {
                log.Information("Video {Scene} ended; going on to {Next}", player.Scene.Id, next);
                player.GoTo(next);
            }
        }

        return new VideoUpdate(tick.Frame, entered, poster);
    }

    /// <summary>Ends the current video's ffmpeg children (waiting for a video still opening, so none outlives the viewer).</summary>
    public void Dispose()
    {
        if (opening is { } pending)
        {
            opening = null;
            try
            {
                if (pending.Wait(TimeSpan.FromSeconds(20)))
                {
                    pending.Result.Playback.Dispose();
                }
            }
            catch (AggregateException)
            {
                // It failed to open: nothing was started.
            }
        }

        Close();
        if (audio.IsValueCreated)
        {
            audio.Value?.Dispose();
        }
    }

    private bool Follow()
    {
        if (player.SceneVersion == sceneVersion)
        {
            return false;
        }

        sceneVersion = player.SceneVersion;
        Close();
        if (player.Scene.Video is not { } media)
        {
            return false;
        }

        sinceInput = 0;
        log.Information("Opening video {Video} of scene {Scene}", media.Path, player.Scene.Id);
        opening = VideoOpener.Start(media, content, tools, audio.Value);
        return true;
    }

    private DecodedImage? TakeOpened()
    {
        if (opening is not { IsCompleted: true } task)
        {
            return null;
        }

        opening = null;
        if (task.IsCompletedSuccessfully)
        {
            playback = task.Result.Playback;
            verified = task.Result.Verified;
            playback.SetVolume(volume);
            playback.SetMuted(muted);
            return task.Result.Poster;
        }

        var error = task.Exception?.GetBaseException();
        Fail(error?.Message ?? "the video could not be opened", error);
        return null;
    }

    private void Fail(string reason, Exception? error)
    {
        if (failure is not null)
        {
            return;
        }

        failure = reason;
        log.Error(error, "Video scene {Scene} cannot play: {Reason}", player.Scene.Id, reason);
        EndPlayback();
    }

    private void Close()
    {
        // A drag on the controls that the scene change interrupted: its release goes to the tour, not to a video.
        pressed = null;
        seekFraction = null;
        failure = null;
        verified = null;
        player.VideoSeconds = null;
        EndPlayback();
        if (opening is { } pending)
        {
            // Still opening: whatever it opens is ended as soon as it exists.
            opening = null;
            pending.ContinueWith(t => t.Result.Playback.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }

    private void EndPlayback()
    {
        if (playback is { } ending)
        {
            finished.Add(ending.Stats);
            ending.Dispose();
            playback = null;
        }
    }
}
