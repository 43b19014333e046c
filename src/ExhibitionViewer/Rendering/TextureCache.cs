using ExhibitionViewer.Tiles;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// Tile textures, least recently used evicted first, never holding more than <see cref="BudgetBytes"/>.
/// Textures used in the current frame are not evicted; a texture that cannot fit is refused and disposed.
/// The preview is pinned outside this cache, so it never competes for the budget. Render thread only.
/// </summary>
public sealed class TextureCache : IDisposable
{
    private readonly Dictionary<TileKey, LinkedListNode<Entry>> entries = [];
    private readonly LinkedList<Entry> recency = new();
    private long frame;

    /// <summary>Creates a cache holding at most <paramref name="budgetBytes"/>.</summary>
    public TextureCache(long budgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetBytes);
        BudgetBytes = budgetBytes;
    }

    /// <summary>The byte budget.</summary>
    public long BudgetBytes { get; }

    /// <summary>Bytes held now.</summary>
    public long UsedBytes { get; private set; }

    /// <summary>Textures held now.</summary>
    public int Count => entries.Count;

    /// <summary>Marks the start of a frame: textures touched from now on are protected until the next frame.</summary>
    public void BeginFrame() => frame++;

    /// <summary>Whether a tile is resident (does not count as a use).</summary>
    public bool Contains(TileKey key) => entries.ContainsKey(key);

    /// <summary>The tile's texture if resident, marking it used this frame.</summary>
    public IGpuTexture? TryGet(TileKey key)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            return null;
        }

        recency.Remove(node);
        recency.AddFirst(node);
        node.Value.LastFrame = frame;
        return node.Value.Texture;
    }

    /// <summary>Adds a texture (taking ownership); returns false, disposing it, if it cannot fit.</summary>
    public bool Add(TileKey key, IGpuTexture texture)
    {
        ArgumentNullException.ThrowIfNull(texture);
        Remove(key);
        while (UsedBytes + texture.ByteSize > BudgetBytes && recency.Last is { } oldest && oldest.Value.LastFrame < frame)
        {
            Remove(oldest.Value.Key);
        }

        if (UsedBytes + texture.ByteSize > BudgetBytes)
        {
            texture.Dispose();
            return false;
        }

        var node = recency.AddFirst(new Entry(key, texture) { LastFrame = frame });
        entries.Add(key, node);
        UsedBytes += texture.ByteSize;
        return true;
    }

    /// <summary>Evicts least recently used textures, in use or not, until at most <paramref name="bytes"/> are held.</summary>
    public void TrimTo(long bytes)
    {
        while (UsedBytes > bytes && recency.Last is { } oldest)
        {
            Remove(oldest.Value.Key);
        }
    }

    private void Remove(TileKey key)
    {
        if (entries.Remove(key, out var node))
        {
            recency.Remove(node);
            UsedBytes -= node.Value.Texture.ByteSize;
            node.Value.Texture.Dispose();
        }
    }

    /// <summary>Disposes every texture (call while the GL context is still current).</summary>
    public void Dispose()
    {
        foreach (var key in entries.Keys.ToList())
        {
            Remove(key);
        }
    }

    private sealed record Entry(TileKey Key, IGpuTexture Texture)
    {
        public long LastFrame { get; set; }
    }
}
