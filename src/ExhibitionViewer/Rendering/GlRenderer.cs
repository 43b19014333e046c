using ExhibitionViewer.Viewing;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// Draws textured quads on the sphere's cube with OpenGL 3.3 core. No depth test: layers draw back to front
/// (preview, then coarse to fine tiles), and later draws cover earlier ones.
/// </summary>
public sealed unsafe class GlRenderer : IRenderer
{
    private const int FloatsPerVertex = 5;
    private readonly GL gl;
    private readonly uint program;
    private readonly uint vao;
    private readonly uint vbo;
    private readonly int matrixLocation;
    private readonly int opacityLocation;
    private readonly float[] vertices = new float[4 * FloatsPerVertex];
    private readonly GlTexturePool pool;
    private readonly bool immutableStorage;
    private bool disposed;

    /// <summary>Creates the renderer's GL objects on the current context.</summary>
    public GlRenderer(GL gl)
    {
        ArgumentNullException.ThrowIfNull(gl);
        this.gl = gl;
        pool = new GlTexturePool(gl, IdleTextureBytes);
        immutableStorage = HasTextureStorage(gl);
        program = GlProgram.Build(gl, "tile.vert.glsl", "tile.frag.glsl");
        matrixLocation = gl.GetUniformLocation(program, "uViewProjection");
        opacityLocation = gl.GetUniformLocation(program, "uOpacity");
        vao = gl.GenVertexArray();
        vbo = gl.GenBuffer();
        gl.BindVertexArray(vao);
        gl.BindBuffer(BufferTargetARB.ArrayBuffer, vbo);
        gl.BufferData(BufferTargetARB.ArrayBuffer, (nuint)(vertices.Length * sizeof(float)), null, BufferUsageARB.DynamicDraw);
        gl.EnableVertexAttribArray(0);
        gl.VertexAttribPointer(0, 3, VertexAttribPointerType.Float, false, FloatsPerVertex * sizeof(float), (void*)0);
        gl.EnableVertexAttribArray(1);
        gl.VertexAttribPointer(1, 2, VertexAttribPointerType.Float, false, FloatsPerVertex * sizeof(float), (void*)(3 * sizeof(float)));
        gl.BindVertexArray(0);
    }

    /// <summary>Bytes of freed textures kept for reuse (about 48 tiles of 512 px).</summary>
    public const long IdleTextureBytes = 64L << 20;

    /// <summary>The GL API this renderer draws with.</summary>
    public GL Gl => gl;

    /// <inheritdoc />
    public void BeginFrame(ViewProjection projection)
    {
        // Always set the viewport: an offscreen or EGL context may start at 0x0 and then silently draws nothing.
        pool.BeginFrame();
        gl.Viewport(0, 0, (uint)projection.Width, (uint)projection.Height);
        gl.Disable(EnableCap.DepthTest);
        gl.Disable(EnableCap.CullFace);
        gl.Disable(EnableCap.Blend);
        gl.ClearColor(0, 0, 0, 1);
        gl.Clear(ClearBufferMask.ColorBufferBit);
        SetProjection(projection);
        SetOpacity(1);
    }

    /// <inheritdoc />
    public IGpuTexture CreateTexture(DecodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return GlTexture.Upload(gl, image, pool, immutableStorage);
    }

    /// <inheritdoc />
    public void DrawQuad(IGpuTexture texture, ReadOnlySpan<Vec3> corners)
    {
        ArgumentNullException.ThrowIfNull(texture);
        ArgumentOutOfRangeException.ThrowIfNotEqual(corners.Length, 4);
        ReadOnlySpan<float> us = [0, 1, 1, 0];
        ReadOnlySpan<float> vs = [0, 0, 1, 1];
        for (var i = 0; i < 4; i++)
        {
            var o = i * FloatsPerVertex;
            vertices[o] = (float)corners[i].X;
            vertices[o + 1] = (float)corners[i].Y;
            vertices[o + 2] = (float)corners[i].Z;
            vertices[o + 3] = us[i];
            vertices[o + 4] = vs[i];
        }

        gl.BindTexture(TextureTarget.Texture2D, ((GlTexture)texture).Handle);
        fixed (float* v = vertices)
        {
            gl.BufferSubData(BufferTargetARB.ArrayBuffer, 0, (nuint)(vertices.Length * sizeof(float)), v);
        }

        gl.DrawArrays(PrimitiveType.TriangleFan, 0, 4);
    }

    /// <inheritdoc />
    public void SetOpacity(float opacity)
    {
        opacity = Math.Clamp(opacity, 0, 1);
        gl.UseProgram(program);
        gl.Uniform1(opacityLocation, opacity);
        if (opacity < 1)
        {
            gl.Enable(EnableCap.Blend);
            gl.BlendFunc(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha);
        }
        else
        {
            gl.Disable(EnableCap.Blend);
        }
    }

    /// <inheritdoc />
    public void SetProjection(ViewProjection projection)
    {
        gl.UseProgram(program);
        var matrix = projection.ToGlMatrix();
        fixed (float* m = matrix)
        {
            gl.UniformMatrix4(matrixLocation, 1, false, m);
        }

        gl.ActiveTexture(TextureUnit.Texture0);
        gl.BindVertexArray(vao);
        gl.BindBuffer(BufferTargetARB.ArrayBuffer, vbo);
    }

    /// <inheritdoc />
    public void EndFrame() => gl.BindVertexArray(0);

    /// <inheritdoc />
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            pool.Dispose();
            gl.DeleteBuffer(vbo);
            gl.DeleteVertexArray(vao);
            gl.DeleteProgram(program);
        }
    }

    private static bool HasTextureStorage(GL gl)
    {
        var version = gl.GetInteger(GetPName.MajorVersion) * 10 + gl.GetInteger(GetPName.MinorVersion);
        if (version >= 42)
        {
            return true;
        }

        var count = gl.GetInteger(GetPName.NumExtensions);
        for (var i = 0u; i < count; i++)
        {
            if (gl.GetStringS(StringName.Extensions, i) == "GL_ARB_texture_storage")
            {
                return true;
            }
        }

        return false;
    }
}
