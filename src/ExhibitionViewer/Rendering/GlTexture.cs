using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>A mipmapped RGBA texture, clamped at its edges so a tile never samples its opposite edge.</summary>
internal sealed class GlTexture : IGpuTexture
{
    private readonly GL gl;
    private bool disposed;

    private GlTexture(GL gl, uint handle, long byteSize)
    {
        this.gl = gl;
        Handle = handle;
        ByteSize = byteSize;
    }

    public uint Handle { get; }

    public long ByteSize { get; }

    public static unsafe GlTexture Upload(GL gl, DecodedImage image)
    {
        var handle = gl.GenTexture();
        gl.BindTexture(TextureTarget.Texture2D, handle);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 1);
        fixed (byte* pixels = image.Rgba)
        {
            gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)image.Width, (uint)image.Height, 0,
                PixelFormat.Rgba, PixelType.UnsignedByte, pixels);
        }

        gl.GenerateMipmap(TextureTarget.Texture2D);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.LinearMipmapLinear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        return new GlTexture(gl, handle, image.Width * (long)image.Height * 4 * 4 / 3);
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            gl.DeleteTexture(Handle);
        }
    }
}
