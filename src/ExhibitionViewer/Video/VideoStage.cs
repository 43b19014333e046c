using ExhibitionViewer.Touring;
using ExhibitionViewer.Viewing;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Video;

/// <summary>
/// The GL side of the tour's video scenes: one equirect layer (the poster until the first frame, then each new frame,
/// uploaded only when a new one is due) and the controls layer (repainted only when what it shows changed). The
/// layer keeps the last picture of a video being left, so the next scene fades in over it. Render thread only.
/// </summary>
internal sealed class VideoStage : IDisposable
{
    private readonly GL gl;
    private readonly VideoControlsPainter painter = new();
    private EquirectVideoLayer? layer;
    private VideoControlsLayer? controls;

    /// <summary>Draws <paramref name="video"/> with GL objects made on the current context when the first video scene is entered.</summary>
    public VideoStage(GL gl, TourVideo video)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(video);
        this.gl = gl;
        Video = video;
    }

    /// <summary>The tour's video playing.</summary>
    public TourVideo Video { get; }

    /// <summary>Advances the video and uploads what changed; true when the picture changed.</summary>
    public bool Update(double seconds)
    {
        var update = Video.Update(seconds);
        if (update.Entered)
        {
            // Built at the first video scene, not at start-up: a tour may never reach one.
            layer ??= new EquirectVideoLayer(gl);
            controls ??= new VideoControlsLayer(gl, painter);
            layer.ClearPoster();
        }

        if (update.Poster is { } poster)
        {
            layer?.SetPoster(poster);
        }

        if (update.Frame is { } frame)
        {
            layer?.Upload(frame);
        }

        return update.Entered || update.Poster is not null || update.Frame is not null;
    }

    /// <summary>Draws the video scene being left (its last picture, still), under the scene fading in.</summary>
    public void DrawLeaving(TourPlayer player)
    {
        ArgumentNullException.ThrowIfNull(player);
        if (player.Transition is { From.Video: not null } fade && !player.IsVideoScene)
        {
            layer?.Draw(fade.FromProjection);
        }
    }

    /// <summary>Draws the current video scene, fading in over a panorama being left.</summary>
    public void Draw(TourPlayer player)
    {
        ArgumentNullException.ThrowIfNull(player);
        var fadeIn = player.Transition is { From.Panorama: not null } fade ? (float)fade.Progress : 1;
        layer?.Draw(player.Camera.Projection, fadeIn);
    }

    /// <summary>Draws the control bar, captions or message for <paramref name="state"/>.</summary>
    public void DrawControls(VideoControlsState state, ViewProjection projection)
    {
        ArgumentNullException.ThrowIfNull(state);
        controls?.Draw(state, projection.Width, projection.Height);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Video.Dispose();
        controls?.Dispose();
        layer?.Dispose();
        painter.Dispose();
    }
}
