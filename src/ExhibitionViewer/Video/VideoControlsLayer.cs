using ExhibitionViewer.Rendering;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Video;

/// <summary>
/// Puts the video controls on screen through a <see cref="ScreenBitmapLayer"/>: paints only when what shows changed
/// (time to the quarter second), and blends only where the bar, the captions or a message are.
/// </summary>
public sealed class VideoControlsLayer : IDisposable
{
    private readonly VideoControlsPainter painter;
    private readonly ScreenBitmapLayer screen;
    private VideoControlsState? painted;

    /// <summary>Creates the layer's GL objects in the current context.</summary>
    public VideoControlsLayer(GL gl, VideoControlsPainter painter)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(painter);
        this.painter = painter;
        screen = new ScreenBitmapLayer(gl);
    }

    /// <summary>Times the bitmap was repainted and uploaded.</summary>
    public int PaintCount => screen.PaintCount;

    /// <summary>Draws the controls over the current framebuffer of the given size.</summary>
    public void Draw(VideoControlsState state, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(state);
        var shown = state with { Position = Math.Floor(state.Position * 4) / 4 };
        if (screen.NeedsPaint(width, height) || shown != painted)
        {
            screen.Repaint(width, height, canvas => painter.Paint(canvas, shown, width, height));
            painted = shown;
        }

        screen.Draw();
    }

    /// <summary>Deletes the GL objects; call before the context goes.</summary>
    public void Dispose() => screen.Dispose();
}
