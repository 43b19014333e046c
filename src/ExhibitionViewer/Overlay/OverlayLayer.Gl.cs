using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Overlay;

public sealed partial class OverlayLayer
{
    private void DrawCore(OverlayScene scene, int width, int height)
    {
        if (bitmap is null || bitmap.Width != width || bitmap.Height != height)
        {
            Allocate(width, height);
            painted = null;
        }

        if (!OverlaySceneComparer.SameContent(painted, scene))
        {
            Repaint(scene);
            painted = scene;
        }

        if (!empty)
        {
            Composite(width, height);
        }
    }

    private void Allocate(int width, int height)
    {
        bitmap?.Dispose();
        bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (texture != 0)
        {
            gl.DeleteTexture(texture);
        }

        texture = gl.GenTexture();
        gl.BindTexture(TextureTarget.Texture2D, texture);
        gl.TexImage2D<byte>(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)width, (uint)height, 0, PixelFormat.Rgba,
            PixelType.UnsignedByte, null);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Nearest);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Nearest);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    private unsafe void Repaint(OverlayScene scene)
    {
        var target = bitmap!;
        target.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(target))
        {
            painter.Paint(canvas, scene, target.Width, target.Height);
        }

        PaintCount++;
        empty = scene.Opacity <= 0;
        gl.BindTexture(TextureTarget.Texture2D, texture);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 4);
        gl.PixelStore(PixelStoreParameter.UnpackRowLength, target.RowBytes / 4);
        gl.TexSubImage2D(TextureTarget.Texture2D, 0, 0, 0, (uint)target.Width, (uint)target.Height, PixelFormat.Rgba,
            PixelType.UnsignedByte, (void*)target.GetPixels());
        gl.PixelStore(PixelStoreParameter.UnpackRowLength, 0);
    }

    /// <summary>Premultiplied "over" blending; the caller's blend, program and bindings are put back afterwards.</summary>
    private void Composite(int width, int height)
    {
        var blendWasOn = gl.IsEnabled(EnableCap.Blend);
        gl.GetInteger(GetPName.BlendSrcRgb, out int srcRgb);
        gl.GetInteger(GetPName.BlendDstRgb, out int dstRgb);
        gl.GetInteger(GetPName.BlendSrcAlpha, out int srcAlpha);
        gl.GetInteger(GetPName.BlendDstAlpha, out int dstAlpha);
        gl.GetInteger(GetPName.CurrentProgram, out int oldProgram);
        gl.GetInteger(GetPName.VertexArrayBinding, out int oldVao);
        gl.GetInteger(GetPName.ActiveTexture, out int oldUnit);
        gl.ActiveTexture(TextureUnit.Texture0);
        gl.GetInteger(GetPName.TextureBinding2D, out int oldTexture);

        gl.Viewport(0, 0, (uint)width, (uint)height);
        gl.Enable(EnableCap.Blend);
        gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        gl.UseProgram(program);
        gl.BindTexture(TextureTarget.Texture2D, texture);
        gl.BindVertexArray(vao);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

        gl.BindVertexArray((uint)oldVao);
        gl.BindTexture(TextureTarget.Texture2D, (uint)oldTexture);
        gl.ActiveTexture((TextureUnit)oldUnit);
        gl.UseProgram((uint)oldProgram);
        gl.BlendFuncSeparate((BlendingFactor)srcRgb, (BlendingFactor)dstRgb, (BlendingFactor)srcAlpha, (BlendingFactor)dstAlpha);
        if (!blendWasOn)
        {
            gl.Disable(EnableCap.Blend);
        }
    }
}
