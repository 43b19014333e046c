using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Video;

/// <summary>
/// Puts the video controls on screen the way the overlay layer does (and with its shaders): paints into a CPU
/// bitmap only when what shows changed (time to the quarter second), uploads it, and blends it over the frame.
/// </summary>
public sealed class VideoControlsLayer : IDisposable
{
    // Up to three caption lines of 3.7% of the height above a bar of 10 grid steps: well under half the screen.
    private const double BottomShare = 0.45;
    private readonly GL gl;
    private readonly VideoControlsPainter painter;
    private readonly uint program;
    private readonly uint vao;
    private uint texture;
    private SKBitmap? bitmap;
    private VideoControlsState? painted;
    private bool disposed;

    /// <summary>Creates the layer's GL objects in the current context.</summary>
    public VideoControlsLayer(GL gl, VideoControlsPainter painter)
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

    /// <summary>Times the bitmap was repainted and uploaded.</summary>
    public int PaintCount { get; private set; }

    /// <summary>Draws the controls over the current framebuffer of the given size.</summary>
    public unsafe void Draw(VideoControlsState state, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(state);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (bitmap is null || bitmap.Width != width || bitmap.Height != height)
        {
            Allocate(width, height);
        }

        var shown = state with { Position = Math.Floor(state.Position * 4) / 4 };
        if (shown != painted)
        {
            bitmap!.Erase(SKColors.Transparent);
            using (var canvas = new SKCanvas(bitmap))
            {
                painter.Paint(canvas, shown, width, height);
            }

            gl.BindTexture(TextureTarget.Texture2D, texture);
            gl.PixelStore(PixelStoreParameter.UnpackAlignment, 4);
            gl.TexSubImage2D(TextureTarget.Texture2D, 0, 0, 0, (uint)width, (uint)height, PixelFormat.Rgba, PixelType.UnsignedByte, (void*)bitmap.GetPixels());
            painted = shown;
            PaintCount++;
        }

        gl.Viewport(0, 0, (uint)width, (uint)height);
        // Bar and captions live in the bottom part of the screen: blending only there spares a software
        // rasteriser most of a full-screen pass every frame. A message covers the whole screen.
        var covered = shown.Message is null ? (int)Math.Ceiling(height * BottomShare) : height;
        gl.Enable(EnableCap.ScissorTest);
        gl.Scissor(0, 0, (uint)width, (uint)covered);
        gl.Enable(EnableCap.Blend);
        gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        gl.UseProgram(program);
        gl.ActiveTexture(TextureUnit.Texture0);
        gl.BindTexture(TextureTarget.Texture2D, texture);
        gl.BindVertexArray(vao);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindVertexArray(0);
        gl.Disable(EnableCap.Blend);
        gl.Disable(EnableCap.ScissorTest);
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

    private unsafe void Allocate(int width, int height)
    {
        bitmap?.Dispose();
        bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        painted = null;
        if (texture != 0)
        {
            gl.DeleteTexture(texture);
        }

        texture = gl.GenTexture();
        gl.BindTexture(TextureTarget.Texture2D, texture);
        gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)width, (uint)height, 0, PixelFormat.Rgba, PixelType.UnsignedByte, null);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Nearest);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Nearest);
    }
}
