namespace ExhibitionViewer.Rendering;

/// <summary>A <see cref="NullRenderer"/> texture: only its size, and a callback when it is freed.</summary>
internal sealed class NullTexture(Action onDispose, long byteSize) : IGpuTexture
{
    private bool disposed;

    /// <inheritdoc />
    public long ByteSize => byteSize;

    /// <inheritdoc />
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            onDispose();
        }
    }
}
