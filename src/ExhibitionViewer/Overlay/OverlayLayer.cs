using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// Puts the painter's output on screen: paints into a CPU bitmap only when the overlay changed, uploads it, and
/// draws it over the frame with premultiplied alpha blending.
/// </summary>
public sealed partial class OverlayLayer : IDisposable
{
    private readonly GL gl;
    private readonly OverlayPainter painter;
    private readonly uint program;
    private readonly uint vao;
    private uint texture;
    private SKBitmap? bitmap;
    private OverlayScene? painted;
    private bool empty = true;
    private bool disposed;

    /// <summary>Creates the layer's GL objects in the current context.</summary>
    public OverlayLayer(GL gl, OverlayPainter painter)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(painter);
        this.gl = gl;
        this.painter = painter;
        program = Rendering.GlProgram.Build(gl, "overlay.vert.glsl", "overlay.frag.glsl");
        gl.UseProgram(program);
        gl.Uniform1(gl.GetUniformLocation(program, "uOverlay"), 0);
        gl.UseProgram(0);
        vao = gl.GenVertexArray();
    }

    /// <summary>How many times the overlay was painted and uploaded (it is skipped while nothing changes).</summary>
    internal int PaintCount { get; private set; }

    /// <summary>Draws <paramref name="scene"/> over the current framebuffer of the given size.</summary>
    public void Draw(OverlayScene scene, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ObjectDisposedException.ThrowIf(disposed, this);
        DrawCore(scene, width, height);
    }

    /// <summary>Deletes the GL objects; call before the context goes.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            if (texture != 0)
            {
                gl.DeleteTexture(texture);
            }

            gl.DeleteVertexArray(vao);
            gl.DeleteProgram(program);
            bitmap?.Dispose();
        }
    }
}
