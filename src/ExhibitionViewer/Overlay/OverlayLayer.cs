using Silk.NET.OpenGL;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// Puts the painter's output on screen: paints into a CPU bitmap only when the overlay changed, uploads it, and
/// draws it over the frame with premultiplied alpha blending.
/// </summary>
public sealed class OverlayLayer : IDisposable
{
    /// <summary>Creates the layer's GL objects in the current context.</summary>
    public OverlayLayer(GL gl, OverlayPainter painter) => throw new NotImplementedException();

    /// <summary>Draws <paramref name="scene"/> over the current framebuffer of the given size.</summary>
    public void Draw(OverlayScene scene, int width, int height) => throw new NotImplementedException();

    /// <summary>Deletes the GL objects; call before the context goes.</summary>
    public void Dispose() { }
}
