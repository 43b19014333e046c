using System.Collections.Concurrent;
using ExhibitionViewer.Tiles;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// Reads and decodes tiles, with their mipmap levels, on a few background threads. The render thread publishes, each
/// frame, the tiles it still wants in priority order (<see cref="Want"/>); workers take from the newest list, so tiles
/// that scrolled out of view before a worker reached them are never decoded. Results wait in a queue for the render
/// thread to upload.
/// </summary>
public sealed class TileLoader : IDisposable
{
    private readonly ITileSource source;
    private readonly object gate = new();
    private readonly HashSet<TileKey> pending = [];
    private readonly ConcurrentQueue<DecodedTile> done = new();
    private readonly Thread[] workers;
    private IReadOnlyList<TileKey> wanted = [];
    private int cursor;
    private bool disposed;

    /// <summary>Starts <paramref name="workerCount"/> decoding threads over <paramref name="source"/>.</summary>
    public TileLoader(ITileSource source, int workerCount)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(workerCount, 1);
        this.source = source;
        workers = [.. Enumerable.Range(0, workerCount).Select(i => new Thread(Work) { IsBackground = true, Name = $"tile-decoder-{i}" })];
        foreach (var worker in workers)
        {
            worker.Start();
        }
    }

    /// <summary>A worker count that leaves one core for rendering.</summary>
    public static int DefaultWorkerCount => Math.Clamp(Environment.ProcessorCount - 1, 1, 4);

    /// <summary>Replaces the wanted list (highest priority first); tiles already pending are skipped.</summary>
    public void Want(IReadOnlyList<TileKey> tiles)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        lock (gate)
        {
            wanted = tiles;
            cursor = 0;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Takes one finished tile, if any.</summary>
    public bool TryTake(out DecodedTile tile)
    {
        if (!done.TryDequeue(out tile!))
        {
            return false;
        }

        lock (gate)
        {
            pending.Remove(tile.Key);
        }

        return true;
    }

    private void Work()
    {
        while (TryNext(out var key))
        {
            try
            {
                var bytes = source.ReadTile(key.Level, key.Face, key.X, key.Y);
                done.Enqueue(new DecodedTile(key, ImageDecoder.Decode(bytes, pooled: true, withMips: true), null));
            }
            catch (Exception e)
            {
                done.Enqueue(new DecodedTile(key, null, e));
            }
        }
    }

    private bool TryNext(out TileKey key)
    {
        lock (gate)
        {
            while (!disposed)
            {
                while (cursor < wanted.Count)
                {
                    key = wanted[cursor++];
                    if (pending.Add(key))
                    {
                        return true;
                    }
                }

                Monitor.Wait(gate);
            }
        }

        key = default;
        return false;
    }

    /// <summary>Stops the workers (a decode in progress finishes first).</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Monitor.PulseAll(gate);
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }
    }
}
