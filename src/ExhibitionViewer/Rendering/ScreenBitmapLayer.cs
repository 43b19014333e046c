using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// A screen-sized SkiaSharp bitmap drawn over the frame with premultiplied alpha: the overlay, the video controls and
/// the kiosk screens each keep one. It is painted only when its owner says the content changed. Only the cells of a
/// coarse grid that hold something are uploaded, stacked in a texture no taller than they need (a software
/// rasteriser pays for every texel allocated and every pixel blended), and blended. Uploads alternate between two
/// textures, so an upload never waits for the frame still drawing the other.
/// </summary>
public sealed unsafe partial class ScreenBitmapLayer : IDisposable
{
    /// <summary>Side of a grid cell in pixels.</summary>
    public const int CellSize = 64;

    private readonly GL gl;
    private readonly uint program;
    private readonly uint vao;
    private readonly uint vbo;
    private readonly int opacityLocation;
    private readonly int heightLocation;
    private const int FloatsPerVertex = 3;
    private readonly uint[] textures = new uint[2];
    private readonly int[] textureRows = new int[2];
    private readonly List<(int X0, int Y0, int X1, int Y1)> runs = [];
    private SKBitmap? bitmap;
    private int current;
    private int vertexCount;
    private bool disposed;

    /// <summary>Creates the layer's GL objects in the current context.</summary>
    public ScreenBitmapLayer(GL gl)
    {
        ArgumentNullException.ThrowIfNull(gl);
        this.gl = gl;
        program = GlProgram.Build(gl, "screen.vert.glsl", "screen.frag.glsl");
        gl.UseProgram(program);
        gl.Uniform1(gl.GetUniformLocation(program, "uScreen"), 0);
        opacityLocation = gl.GetUniformLocation(program, "uOpacity");
        heightLocation = gl.GetUniformLocation(program, "uScreenHeight");
        gl.UseProgram(0);
        vao = gl.GenVertexArray();
        vbo = gl.GenBuffer();
        gl.BindVertexArray(vao);
        gl.BindBuffer(BufferTargetARB.ArrayBuffer, vbo);
        gl.EnableVertexAttribArray(0);
        gl.VertexAttribPointer(0, 2, VertexAttribPointerType.Float, false, FloatsPerVertex * sizeof(float), (void*)0);
        gl.EnableVertexAttribArray(1);
        gl.VertexAttribPointer(1, 1, VertexAttribPointerType.Float, false, FloatsPerVertex * sizeof(float), (void*)(2 * sizeof(float)));
        gl.BindVertexArray(0);
    }

    /// <summary>Times the bitmap was painted and uploaded.</summary>
    public int PaintCount { get; private set; }

    /// <summary>Pixels blended per draw now (what the painted content covers, rounded out to cells).</summary>
    public long CoveredPixels => runs.Sum(r => (long)(r.X1 - r.X0) * (r.Y1 - r.Y0));

    /// <summary>Whether the bitmap must be painted before it can be drawn at this size (never painted, or resized).</summary>
    public bool NeedsPaint(int width, int height) => bitmap is null || bitmap.Width != width || bitmap.Height != height;

    /// <summary>Clears the bitmap (made <paramref name="width"/> × <paramref name="height"/>), lets <paramref name="paint"/> draw, and uploads what it drew.</summary>
    public void Repaint(int width, int height, Action<SKCanvas> paint)
    {
        ArgumentNullException.ThrowIfNull(paint);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (NeedsPaint(width, height))
        {
            Allocate(width, height);
        }

        ClearRuns();
        using (var canvas = new SKCanvas(bitmap))
        {
            paint(canvas);
        }

        PaintCount++;
        FindRuns();
        current = 1 - current;
        Upload();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            gl.DeleteTextures(textures);
            gl.DeleteBuffer(vbo);
            gl.DeleteVertexArray(vao);
            gl.DeleteProgram(program);
            bitmap?.Dispose();
        }
    }
}
