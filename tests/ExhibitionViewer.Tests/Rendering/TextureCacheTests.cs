using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Tiles;
using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Tests.Rendering;

public sealed class TextureCacheTests
{
    private static TileKey Key(int i) => new(3, (CubeFace)(i % 6), i / 6 % 8, i / 48);

    [Test]
    public void The_cache_never_holds_more_than_its_budget()
    {
        // Given a budget of ten 1000-byte textures and a mix of sizes arriving over many frames
        var cache = new TextureCache(10_000);
        var live = new List<FakeTexture>();
        var random = new Random(7);

        // When three hundred textures are added, a frame at a time, with lookups in between
        for (var i = 0; i < 300; i++)
        {
            cache.BeginFrame();
            var texture = new FakeTexture(random.Next(200, 3000));
            live.Add(texture);
            cache.Add(Key(i), texture);
            cache.TryGet(Key(random.Next(0, i + 1)));

            // Then the bytes held never exceed the budget, and match the textures not disposed
            Assert.That(cache.UsedBytes, Is.LessThanOrEqualTo(10_000));
            Assert.That(cache.UsedBytes, Is.EqualTo(live.Where(t => !t.Disposed).Sum(t => t.ByteSize)));
        }
    }

    [Test]
    public void The_least_recently_used_texture_is_evicted_first()
    {
        var cache = new TextureCache(3000);
        cache.BeginFrame();
        cache.Add(Key(0), new FakeTexture(1000));
        cache.Add(Key(1), new FakeTexture(1000));
        cache.Add(Key(2), new FakeTexture(1000));

        cache.BeginFrame();
        cache.TryGet(Key(0));
        cache.BeginFrame();
        cache.Add(Key(3), new FakeTexture(1000));

        Assert.That(cache.Contains(Key(0)), Is.True);
        Assert.That(cache.Contains(Key(1)), Is.False);
        Assert.That(cache.Contains(Key(3)), Is.True);
    }

    [Test]
    public void Textures_used_this_frame_are_not_evicted_and_a_texture_that_cannot_fit_is_refused()
    {
        var cache = new TextureCache(2000);
        cache.BeginFrame();
        cache.Add(Key(0), new FakeTexture(1000));
        cache.Add(Key(1), new FakeTexture(1000));
        var late = new FakeTexture(1000);

        var added = cache.Add(Key(2), late);

        Assert.That(added, Is.False);
        Assert.That(late.Disposed, Is.True);
        Assert.That(cache.Count, Is.EqualTo(2));
    }
}
