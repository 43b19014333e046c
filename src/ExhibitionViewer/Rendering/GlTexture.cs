using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// A mipmapped RGBA texture with immutable storage, clamped at its edges so a tile never samples its opposite edge.
/// Levels computed on a decoding thread (<see cref="MipChain"/>) are copied; otherwise the driver generates them.
/// </summary>
internal sealed class GlTexture : IGpuTexture
{
    private readonly GL gl;
    private readonly GlTexturePool pool;
    private readonly int width;
    private readonly int height;
    private bool disposed;

    private GlTexture(GL gl, GlTexturePool pool, uint handle, int width, int height)
    {
        this.gl = gl;
        this.pool = pool;
        Handle = handle;
        this.width = width;
        this.height = height;
        ByteSize = MipChain.ChainBytes(width, height);
    }

    public uint Handle { get; }

    public long ByteSize { get; }

    /// <summary>Uploads <paramref name="image"/> into a texture from <paramref name="pool"/> when one of its size is idle.</summary>
    public static unsafe GlTexture Upload(GL gl, DecodedImage image, GlTexturePool pool, bool immutableStorage)
    {
        var levels = MipChain.LevelsBelow(image.Width, image.Height) + 1;
        var handle = pool.Rent(image.Width, image.Height);
        var fresh = handle == 0;
        if (fresh)
        {
            handle = gl.GenTexture();
        }

        gl.BindTexture(TextureTarget.Texture2D, handle);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 1);
        if (fresh)
        {
            Allocate(gl, image.Width, image.Height, levels, immutableStorage);
        }

        var copied = Math.Min(levels - 1, image.MipLevels);
        fixed (byte* pixels = image.Rgba)
        {
            for (var level = 0; level <= copied; level++)
            {
                gl.TexSubImage2D(TextureTarget.Texture2D, level, 0, 0,
                    (uint)MipChain.Size(image.Width, level), (uint)MipChain.Size(image.Height, level),
                    PixelFormat.Rgba, PixelType.UnsignedByte, pixels + MipChain.Offset(image.Width, image.Height, level));
            }
        }

        if (copied < levels - 1)
        {
            gl.GenerateMipmap(TextureTarget.Texture2D);
        }

        return new GlTexture(gl, pool, handle, image.Width, image.Height);
    }

    private static unsafe void Allocate(GL gl, int width, int height, int levels, bool immutableStorage)
    {
        if (immutableStorage)
        {
            // One allocation for every level; mutable textures are re-copied by Mesa when their levels are validated.
            gl.TexStorage2D(TextureTarget.Texture2D, (uint)levels, SizedInternalFormat.Rgba8, (uint)width, (uint)height);
        }
        else
        {
            for (var level = 0; level < levels; level++)
            {
                gl.TexImage2D(TextureTarget.Texture2D, level, InternalFormat.Rgba8, (uint)MipChain.Size(width, level),
                    (uint)MipChain.Size(height, level), 0, PixelFormat.Rgba, PixelType.UnsignedByte, null);
            }
        }

        // Bilinear from the nearest level: tiles are picked at the level the screen needs, so they are shrunk by at
        // most about 2×, and blending two levels (trilinear) doubled the frame's rasterising time on llvmpipe.
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.LinearMipmapNearest);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        pool.Return(Handle, width, height);
    }
}
