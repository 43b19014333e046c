using Silk.NET.OpenGL;

namespace ExhibitionViewer.Video;

/// <summary>
/// Draws an equirectangular video full screen: three R8 textures (Y, U, V) refreshed with glTexSubImage2D each new
/// frame and converted to RGB in the shader with the stream's matrix and range. Until the first frame arrives, the
/// poster (an RGB image) is drawn through the same projection.
/// </summary>
public sealed partial class EquirectVideoLayer : IDisposable
{
    private readonly GL gl;
    private readonly uint program;
    private readonly uint vao;
    private readonly Dictionary<string, int> uniforms = [];
    private readonly uint[] planes = new uint[3];
    private uint poster;
    private VideoStreamInfo? allocated;
    private YuvToRgb? conversion;
    private bool disposed;

    /// <summary>Creates the layer's GL objects in the current context.</summary>
    public EquirectVideoLayer(GL gl)
    {
        ArgumentNullException.ThrowIfNull(gl);
        this.gl = gl;
        program = BuildProgram(gl);
        vao = gl.GenVertexArray();
        gl.UseProgram(program);
        string[] samplers = ["uY", "uU", "uV", "uPoster"];
        for (var unit = 0; unit < samplers.Length; unit++)
        {
            gl.Uniform1(Uniform(samplers[unit]), unit);
        }

        gl.UseProgram(0);
    }

    /// <summary>Whether a video frame has been uploaded (otherwise the poster, or black, is drawn).</summary>
    public bool HasFrame { get; private set; }

    /// <summary>Whether a poster is loaded.</summary>
    public bool HasPoster => poster != 0;

    /// <summary>Forgets the frame and the poster (a new video whose poster is not decoded yet): black until either comes.</summary>
    public void ClearPoster()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        HasFrame = false;
        if (poster != 0)
        {
            gl.DeleteTexture(poster);
            poster = 0;
        }
    }

    /// <summary>Deletes the GL objects; call before the context goes.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        DeletePlanes();
        if (poster != 0)
        {
            gl.DeleteTexture(poster);
        }

        gl.DeleteVertexArray(vao);
        gl.DeleteProgram(program);
    }

    private int Uniform(string name)
    {
        if (!uniforms.TryGetValue(name, out var location))
        {
            location = gl.GetUniformLocation(program, name);
            uniforms[name] = location;
        }

        return location;
    }
}
