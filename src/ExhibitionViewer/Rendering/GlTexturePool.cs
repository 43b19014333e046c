using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// Freed tile textures kept for reuse. On llvmpipe, allocating a texture costs about 3 ms per megabyte (fresh memory
/// is touched page by page), while copying a tile into an existing one takes 0.1 ms; tiles all have one size, so a
/// freed texture almost always fits the next tile. A texture waits <see cref="AgeFrames"/> frames before reuse, so
/// writing it never stalls on a frame still drawing it. Render thread only.
/// </summary>
internal sealed class GlTexturePool(GL gl, long maxIdleBytes) : IDisposable
{
    /// <summary>Frames a freed texture waits before it is reused.</summary>
    public const int AgeFrames = 2;

    private readonly Dictionary<(int Width, int Height), Queue<(uint Handle, long Frame)>> idle = [];
    private long frame;

    /// <summary>Bytes held by idle textures.</summary>
    public long IdleBytes { get; private set; }

    /// <summary>Advances the frame count that ages idle textures.</summary>
    public void BeginFrame() => frame++;

    /// <summary>An idle texture of this size old enough to reuse, or 0.</summary>
    public uint Rent(int width, int height)
    {
        if (!idle.TryGetValue((width, height), out var queue) || !queue.TryPeek(out var oldest) || frame - oldest.Frame < AgeFrames)
        {
            return 0;
        }

        queue.Dequeue();
        IdleBytes -= MipChain.ChainBytes(width, height);
        return oldest.Handle;
    }

    /// <summary>Takes a texture back for reuse, or deletes it when the pool is full.</summary>
    public void Return(uint handle, int width, int height)
    {
        var byteSize = MipChain.ChainBytes(width, height);
        if (IdleBytes + byteSize > maxIdleBytes)
        {
            gl.DeleteTexture(handle);
            return;
        }

        if (!idle.TryGetValue((width, height), out var queue))
        {
            idle[(width, height)] = queue = new Queue<(uint, long)>();
        }

        queue.Enqueue((handle, frame));
        IdleBytes += byteSize;
    }

    /// <summary>Deletes every idle texture.</summary>
    public void Dispose()
    {
        foreach (var queue in idle.Values)
        {
            while (queue.TryDequeue(out var entry))
            {
                gl.DeleteTexture(entry.Handle);
            }
        }

        IdleBytes = 0;
    }
}
