using ExhibitionViewer.Rendering;

namespace ExhibitionViewer.Tests.Support;

internal sealed class FakeTexture(long byteSize) : IGpuTexture
{
    public long ByteSize { get; } = byteSize;

    public bool Disposed { get; private set; }

    public void Dispose() => Disposed = true;
}
