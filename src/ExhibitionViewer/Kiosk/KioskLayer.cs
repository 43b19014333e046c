using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// Puts the kiosk painter's output on screen like the overlay layer does: paint into a CPU bitmap only when the
/// screen changed, upload, and draw over the frame with premultiplied alpha (the overlay's shaders).
/// </summary>
internal sealed unsafe class KioskLayer : IDisposable
{
    private readonly GL gl;
    private readonly KioskPainter painter = new();
    private readonly uint program;
    private readonly uint vao;
    private uint texture;
    private SKBitmap? bitmap;
    private string? painted;

    public KioskLayer(GL gl)
    {
        this.gl = gl;
        program = Rendering.GlProgram.Build(gl, "overlay.vert.glsl", "overlay.frag.glsl");
        gl.UseProgram(program);
        gl.Uniform1(gl.GetUniformLocation(program, "uOverlay"), 0);
        gl.UseProgram(0);
        vao = gl.GenVertexArray();
    }

    public int PaintCount { get; private set; }

    public void Draw(KioskSession session)
    {
        var (w, h) = (session.Width, session.Height);
        if (bitmap is null || bitmap.Width != w || bitmap.Height != h)
        {
            Allocate(w, h);
        }

        var signature = KioskSignature.Of(session);
        if (signature != painted)
        {
            Repaint(session);
            painted = signature;
        }

        Composite(w, h);
    }

    private void Allocate(int width, int height)
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
        gl.TexImage2D<byte>(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)width, (uint)height, 0, PixelFormat.Rgba, PixelType.UnsignedByte, null);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Nearest);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Nearest);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    private void Repaint(KioskSession session)
    {
        var target = bitmap!;
        target.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(target))
        {
            painter.Paint(canvas, session);
        }

        PaintCount++;
        gl.BindTexture(TextureTarget.Texture2D, texture);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 4);
        gl.PixelStore(PixelStoreParameter.UnpackRowLength, target.RowBytes / 4);
        gl.TexSubImage2D(TextureTarget.Texture2D, 0, 0, 0, (uint)target.Width, (uint)target.Height, PixelFormat.Rgba,
            PixelType.UnsignedByte, (void*)target.GetPixels());
        gl.PixelStore(PixelStoreParameter.UnpackRowLength, 0);
    }

    private void Composite(int width, int height)
    {
        var blendWasOn = gl.IsEnabled(EnableCap.Blend);
        gl.Viewport(0, 0, (uint)width, (uint)height);
        gl.Enable(EnableCap.Blend);
        gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        gl.UseProgram(program);
        gl.ActiveTexture(TextureUnit.Texture0);
        gl.BindTexture(TextureTarget.Texture2D, texture);
        gl.BindVertexArray(vao);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindVertexArray(0);
        gl.UseProgram(0);
        if (!blendWasOn)
        {
            gl.Disable(EnableCap.Blend);
        }
    }

    public void Dispose()
    {
        if (texture != 0)
        {
            gl.DeleteTexture(texture);
        }

        gl.DeleteVertexArray(vao);
        gl.DeleteProgram(program);
        bitmap?.Dispose();
        painter.Dispose();
    }
}
