using Exhibition.Bundle.Model;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Rendering;

public sealed class CubeTileLayerTests
{
    private static readonly Lazy<MemoryTileSource> Tiles = new(() =>
        CubePyramidGenerator.Create(new EquirectImage(SyntheticEquirect.Create(512)), faceSize: 600, previewFaceSize: 64));

    private static readonly ViewProjection FrontView = new(new ViewAngles(0, 0, 90), 640, 360);

    private static List<LayerFrame> DrawUntilComplete(CubeTileLayer layer, IRenderer renderer, ViewProjection view)
    {
        var frames = new List<LayerFrame>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            renderer.BeginFrame(view);
            frames.Add(layer.Draw(view));
            renderer.EndFrame();
            Thread.Sleep(1);
        }
        while (!frames[^1].IsComplete && DateTime.UtcNow < deadline);

        return frames;
    }

    [Test]
    public void The_first_frame_shows_the_preview_before_any_tile_is_decoded()
    {
        var source = new MemoryTileSource(Tiles.Value.Pyramid, Tiles.Value.Entries);
        using var renderer = new NullRenderer();
        using var layer = new CubeTileLayer(renderer, source, 64L << 20, 1);

        renderer.BeginFrame(FrontView);
        var frame = layer.Draw(FrontView);
        renderer.EndFrame();

        Assert.That(frame.IsComplete, Is.False);
        Assert.That(renderer.QuadsLastFrame, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void A_view_completes_at_its_level_reading_only_the_visible_tiles_of_that_level()
    {
        // Given a fresh layer over the pyramid
        var source = new MemoryTileSource(Tiles.Value.Pyramid, Tiles.Value.Entries);
        using var renderer = new NullRenderer();
        using var layer = new CubeTileLayer(renderer, source, 64L << 20, 2) { UploadsPerFrame = 2 };

        // When frames are drawn until the view is complete
        var frames = DrawUntilComplete(layer, renderer, FrontView);

        // Then it completed, read each needed tile once, and never uploaded more than the per-frame bound
        var needed = TileSelector.VisibleTiles(FrontView, source.Pyramid, frames[^1].Level);
        Assert.That(frames[^1].IsComplete, Is.True);
        Assert.That(source.Reads, Is.EqualTo(needed.Count));
        Assert.That(frames.Max(f => f.Uploaded), Is.LessThanOrEqualTo(2));
        Assert.That(renderer.QuadsLastFrame, Is.EqualTo(needed.Count));
    }

    [Test]
    public void A_corrupt_tile_is_given_up_on_and_the_rest_of_the_view_still_completes()
    {
        // Given a pyramid whose top-left front tile at level 1 is garbage
        var entries = new Dictionary<string, byte[]>(Tiles.Value.Entries);
        entries[Tiles.Value.Pyramid.TilePath(1, CubeFace.Front, 0, 0)] = [1, 2, 3, 4];
        var source = new MemoryTileSource(Tiles.Value.Pyramid, entries);
        using var renderer = new NullRenderer();
        using var layer = new CubeTileLayer(renderer, source, 64L << 20, 2);

        // When the front view is drawn until complete
        var frames = DrawUntilComplete(layer, renderer, FrontView);

        // Then it completes without retrying the bad tile, and the front preview face stands in for it
        var needed = TileSelector.VisibleTiles(FrontView, source.Pyramid, 1);
        Assert.That(frames[^1].IsComplete, Is.True);
        Assert.That(source.Reads, Is.EqualTo(needed.Count));
        Assert.That(renderer.QuadsLastFrame, Is.EqualTo(needed.Count - 1 + 1));
    }

    [Test]
    public void Disposing_the_layer_frees_every_texture()
    {
        var source = new MemoryTileSource(Tiles.Value.Pyramid, Tiles.Value.Entries);
        using var renderer = new NullRenderer();
        var layer = new CubeTileLayer(renderer, source, 64L << 20, 2);
        DrawUntilComplete(layer, renderer, FrontView);
        var during = renderer.LiveTextures;

        layer.Dispose();

        Assert.That(during, Is.GreaterThan(6));
        Assert.That(renderer.LiveTextures, Is.Zero);
    }
}
