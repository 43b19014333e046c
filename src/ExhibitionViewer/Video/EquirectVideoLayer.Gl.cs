using ExhibitionViewer.Rendering;
using ExhibitionViewer.Viewing;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Video;

/// <summary>Texture uploads and drawing.</summary>
public sealed partial class EquirectVideoLayer
{
    /// <summary>Uploads a decoded frame's three planes.</summary>
    public unsafe void Upload(VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ObjectDisposedException.ThrowIf(disposed, this);
        var info = frame.Info;
        if (allocated is null || (allocated.Width, allocated.Height) != (info.Width, info.Height))
        {
            AllocatePlanes(info);
        }

        conversion = YuvToRgb.For(info.Matrix, info.Range);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 1);
        UploadPlane(planes[0], info.Width, info.Height, frame.Y);
        UploadPlane(planes[1], info.ChromaWidth, info.ChromaHeight, frame.U);
        UploadPlane(planes[2], info.ChromaWidth, info.ChromaHeight, frame.V);
        HasFrame = true;
    }

    /// <summary>Loads the poster image (mipmapped, as it is static).</summary>
    public unsafe void SetPoster(DecodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (poster != 0)
        {
            gl.DeleteTexture(poster);
        }

        poster = gl.GenTexture();
        gl.BindTexture(TextureTarget.Texture2D, poster);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 1);
        fixed (byte* p = image.Rgba)
        {
            gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)image.Width, (uint)image.Height, 0,
                PixelFormat.Rgba, PixelType.UnsignedByte, p);
        }

        gl.GenerateMipmap(TextureTarget.Texture2D);
        SetSampling(TextureMinFilter.LinearMipmapLinear);
    }

    /// <summary>Draws the frame (or poster, or black) for <paramref name="projection"/> over the whole viewport.</summary>
    public void Draw(ViewProjection projection) => Draw(projection, 1);

    /// <summary>Draws as <see cref="Draw(ViewProjection)"/>, blended over what is there at <paramref name="opacity"/> (0..1).</summary>
    public unsafe void Draw(ViewProjection projection, float opacity)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        opacity = Math.Clamp(opacity, 0, 1);
        gl.Viewport(0, 0, (uint)projection.Width, (uint)projection.Height);
        if (opacity < 1)
        {
            gl.Enable(EnableCap.Blend);
            gl.BlendFunc(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha);
        }
        else
        {
            gl.Disable(EnableCap.Blend);
        }

        gl.Disable(EnableCap.DepthTest);
        gl.UseProgram(program);
        gl.Uniform1(Uniform("uOpacity"), opacity);
        gl.Uniform2(Uniform("uViewport"), (float)projection.Width, projection.Height);
        SetVector("uForward", projection.Forward);
        SetVector("uRight", projection.Right * projection.TanHalfH);
        SetVector("uUp", projection.Up * projection.TanHalfV);
        var mode = HasFrame ? 0 : poster != 0 ? 1 : 2;
        gl.Uniform1(Uniform("uMode"), mode);
        if (HasFrame && conversion is { } c)
        {
            var matrix = c.Matrix.ToArray();
            fixed (float* m = matrix)
            {
                gl.UniformMatrix3(Uniform("uYuvMatrix"), 1, false, m);
            }

            gl.Uniform3(Uniform("uYuvOffset"), c.Offset[0], c.Offset[1], c.Offset[2]);
        }

        for (var unit = 0; unit < 3; unit++)
        {
            gl.ActiveTexture(TextureUnit.Texture0 + unit);
            gl.BindTexture(TextureTarget.Texture2D, planes[unit]);
        }

        gl.ActiveTexture(TextureUnit.Texture3);
        gl.BindTexture(TextureTarget.Texture2D, poster);
        gl.BindVertexArray(vao);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindVertexArray(0);
        gl.ActiveTexture(TextureUnit.Texture0);
        gl.Disable(EnableCap.Blend);
    }

    private void SetVector(string name, Vec3 v) => gl.Uniform3(Uniform(name), (float)v.X, (float)v.Y, (float)v.Z);

    private unsafe void AllocatePlanes(VideoStreamInfo info)
    {
        DeletePlanes();
        (int W, int H)[] sizes = [(info.Width, info.Height), (info.ChromaWidth, info.ChromaHeight), (info.ChromaWidth, info.ChromaHeight)];
        for (var i = 0; i < 3; i++)
        {
            planes[i] = gl.GenTexture();
            gl.BindTexture(TextureTarget.Texture2D, planes[i]);
            gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.R8, (uint)sizes[i].W, (uint)sizes[i].H, 0,
                PixelFormat.Red, PixelType.UnsignedByte, null);
            // Video is not mipmapped (rebuilding mipmaps 30 times a second costs more than it gives at kiosk zooms).
            SetSampling(TextureMinFilter.Linear);
        }

        allocated = info;
    }

    private unsafe void UploadPlane(uint texture, int width, int height, ReadOnlySpan<byte> pixels)
    {
        gl.BindTexture(TextureTarget.Texture2D, texture);
        fixed (byte* p = pixels)
        {
            gl.TexSubImage2D(TextureTarget.Texture2D, 0, 0, 0, (uint)width, (uint)height, PixelFormat.Red, PixelType.UnsignedByte, p);
        }
    }

    // Longitude wraps (so filtering across ±180° blends both edges); latitude clamps at the poles.
    private void SetSampling(TextureMinFilter min)
    {
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)min);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.Repeat);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    private void DeletePlanes()
    {
        for (var i = 0; i < planes.Length; i++)
        {
            if (planes[i] != 0)
            {
                gl.DeleteTexture(planes[i]);
                planes[i] = 0;
            }
        }

        allocated = null;
        HasFrame = false;
    }

    private static uint BuildProgram(GL gl) => GlProgram.Build(gl, "equirect-video.vert.glsl", "equirect-video.frag.glsl");
}
