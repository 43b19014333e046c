using ExhibitionViewer.Rendering;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Overlay;

/// <summary>Puts the painter's output on screen: paints only when the overlay changed, through a <see cref="ScreenBitmapLayer"/>.</summary>
public sealed class OverlayLayer : IDisposable
{
    private readonly OverlayPainter painter;
    private readonly ScreenBitmapLayer screen;
    private OverlayScene? painted;

    /// <summary>Creates the layer's GL objects in the current context.</summary>
    public OverlayLayer(GL gl, OverlayPainter painter)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(painter);
        this.painter = painter;
        screen = new ScreenBitmapLayer(gl);
    }

    /// <summary>How many times the overlay was painted and uploaded (it is skipped while nothing changes).</summary>
    internal int PaintCount => screen.PaintCount;

    /// <summary>Draws <paramref name="scene"/> over the current framebuffer of the given size.</summary>
    public void Draw(OverlayScene scene, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (scene.Opacity <= 0)
        {
            return;
        }

        // Painted opaque once and faded by the GL blend: a fade repaints nothing.
        var solid = scene with { Opacity = 1 };
        if (screen.NeedsPaint(width, height) || !OverlaySceneComparer.SameContent(painted, solid))
        {
            screen.Repaint(width, height, canvas => painter.Paint(canvas, solid, width, height));
            painted = solid;
        }

        screen.Draw(scene.Opacity);
    }

    /// <summary>Deletes the GL objects; call before the context goes.</summary>
    public void Dispose() => screen.Dispose();
}
