namespace ExhibitionViewer.Rendering;

/// <summary>A texture owned by a renderer; disposing it frees the GPU memory (on the render thread only).</summary>
public interface IGpuTexture : IDisposable
{
    /// <summary>GPU bytes held, mipmaps included.</summary>
    long ByteSize { get; }
}
