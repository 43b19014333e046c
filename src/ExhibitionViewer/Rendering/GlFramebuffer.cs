using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>An offscreen RGBA framebuffer for screenshots and pixel tests, independent of any window's buffers.</summary>
public sealed unsafe class GlFramebuffer : IDisposable
{
    private readonly GL gl;
    private readonly uint framebuffer;
    private readonly uint colour;
    private bool disposed;

    /// <summary>Creates a <paramref name="width"/> × <paramref name="height"/> framebuffer.</summary>
    public GlFramebuffer(GL gl, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        this.gl = gl;
        Width = width;
        Height = height;
        colour = gl.GenRenderbuffer();
        gl.BindRenderbuffer(RenderbufferTarget.Renderbuffer, colour);
        gl.RenderbufferStorage(RenderbufferTarget.Renderbuffer, InternalFormat.Rgba8, (uint)width, (uint)height);
        framebuffer = gl.GenFramebuffer();
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, framebuffer);
        gl.FramebufferRenderbuffer(FramebufferTarget.Framebuffer, FramebufferAttachment.ColorAttachment0, RenderbufferTarget.Renderbuffer, colour);
        var status = gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
        if (status != GLEnum.FramebufferComplete)
        {
            Dispose();
            throw new InvalidOperationException($"offscreen framebuffer incomplete: {status}");
        }
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Directs drawing here until <see cref="Unbind"/>.</summary>
    public void Bind() => gl.BindFramebuffer(FramebufferTarget.Framebuffer, framebuffer);

    /// <summary>Directs drawing back to the window.</summary>
    public void Unbind() => gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);

    /// <summary>The pixels as RGBA rows top to bottom (GL reads bottom-up, so rows are flipped here).</summary>
    public DecodedImage ReadPixels()
    {
        var stride = Width * 4;
        var raw = new byte[stride * Height];
        gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, framebuffer);
        gl.PixelStore(PixelStoreParameter.PackAlignment, 1);
        fixed (byte* p = raw)
        {
            gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        }

        var flipped = new byte[raw.Length];
        for (var row = 0; row < Height; row++)
        {
            Array.Copy(raw, row * stride, flipped, (Height - 1 - row) * stride, stride);
        }

        return new DecodedImage(Width, Height, flipped);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            gl.DeleteFramebuffer(framebuffer);
            gl.DeleteRenderbuffer(colour);
        }
    }
}
