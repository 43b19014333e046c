using Exhibition.Bundle.Model;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Rendering;

public sealed class GlTexturePoolTests : HeadlessGlFixture
{
    [Test]
    public void A_freed_tile_texture_is_reused_for_the_next_tile_once_it_has_aged()
    {
        // Given a renderer and one uploaded tile, freed as the cache would free it
        using var renderer = new GlRenderer(Window.Gl);
        var projection = new ViewProjection(new ViewAngles(0, 0, 90), 64, 64);
        var tile = MipChain.Append(new DecodedImage(512, 512, new byte[512 * 512 * 4]));
        renderer.BeginFrame(projection);
        var first = (GlTexture)renderer.CreateTexture(tile);
        first.Dispose();

        // When the next tile arrives in the same frame, and another after the pool's age in frames
        var early = (GlTexture)renderer.CreateTexture(tile);
        for (var i = 0; i < GlTexturePool.AgeFrames; i++)
        {
            renderer.BeginFrame(projection);
        }

        var late = (GlTexture)renderer.CreateTexture(tile);

        // Then the young texture is not written over, and the aged one is
        Assert.That(early.Handle, Is.Not.EqualTo(first.Handle));
        Assert.That(late.Handle, Is.EqualTo(first.Handle));
        early.Dispose();
        late.Dispose();
    }
}
