using System.Collections.Concurrent;

namespace ExhibitionViewer.Video;

/// <summary>
/// Frame buffers of one size, reused across decoders (a playback's seeks, loops and catch-ups), so a 4K video does
/// not leave 12 MB buffers behind on the large-object heap at every restart.
/// </summary>
public sealed class FramePool(int frameBytes, int maxKept)
{
    private readonly ConcurrentBag<byte[]> buffers = [];

    /// <summary>Bytes per buffer.</summary>
    public int FrameBytes => frameBytes;

    /// <summary>A buffer from the pool, or a new one.</summary>
    public byte[] Rent() => buffers.TryTake(out var buffer) ? buffer : GC.AllocateUninitializedArray<byte>(frameBytes);

    /// <summary>Gives a buffer back (kept if it fits and the pool is not full).</summary>
    public void Return(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (buffer.Length == frameBytes && buffers.Count < maxKept)
        {
            buffers.Add(buffer);
        }
    }
}
