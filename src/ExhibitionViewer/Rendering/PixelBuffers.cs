using System.Collections.Concurrent;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// Reused pixel buffers of exact sizes. Tiles with their mipmaps take 1.33 MB, which the shared array pool would
/// round up to 2 MB; left to the collector, they would sit in the large-object heap until a full collection.
/// </summary>
public static class PixelBuffers
{
    /// <summary>Buffers kept per size: more than the decoding threads and the upload queue hold at once.</summary>
    public const int KeptPerSize = 16;

    private static readonly ConcurrentDictionary<int, ConcurrentBag<byte[]>> Free = new();

    /// <summary>A buffer of exactly <paramref name="length"/> bytes (not cleared).</summary>
    public static byte[] Rent(int length) =>
        Free.TryGetValue(length, out var bag) && bag.TryTake(out var buffer) ? buffer : GC.AllocateUninitializedArray<byte>(length);

    /// <summary>Gives a buffer back; it must not be used afterwards.</summary>
    public static void Return(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var bag = Free.GetOrAdd(buffer.Length, _ => []);
        if (bag.Count < KeptPerSize)
        {
            bag.Add(buffer);
        }
    }
}
