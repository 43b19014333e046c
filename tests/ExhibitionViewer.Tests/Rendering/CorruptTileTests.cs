using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using ExhibitionViewer.App;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Rendering;

public sealed class CorruptTileTests
{
    [Test]
    public void A_tile_failing_its_hash_check_is_covered_by_the_preview_and_never_retried()
    {
        // Given a real bundle whose front tile has one byte flipped inside the file
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "tour.exhibit");
        TourBundle.Write(path);
        TourBundle.Entries(out var tour);
        var pyramid = tour.FindScene("hall")!.Panorama!;
        var tilePath = pyramid.TilePath(0, CubeFace.Front, 0, 0);
        long offset;
        using (var reader = BundleReader.Open(path))
        {
            offset = reader.GetRange(tilePath).Offset + 100;
        }

        using (var file = File.Open(path, FileMode.Open))
        {
            file.Position = offset;
            var b = file.ReadByte();
            file.Position = offset;
            file.WriteByte((byte)(b ^ 0xFF));
        }

        // When the layer draws a view of the front face until nothing more arrives
        using var content = BundleContent.Open(path);
        var source = new CountingSource(new EntryTileSource(content, pyramid));
        using var renderer = new NullRenderer();
        using var layer = new CubeTileLayer(renderer, source, 64L << 20, 1);
        var view = new ViewProjection(new ViewAngles(0, 0, 60), 320, 180);
        LayerFrame frame;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            renderer.BeginFrame(view);
            frame = layer.Draw(view);
            renderer.EndFrame();
            Thread.Sleep(2);
        }
        while (!frame.IsComplete && DateTime.UtcNow < deadline);

        for (var i = 0; i < 5; i++)
        {
            layer.Draw(view);
        }

        // Then the view counts as complete with the preview standing in, the read failed with the bundle's hash error once
        Assert.That(frame.IsComplete, Is.True);
        Assert.That(layer.Cache.Contains(new TileKey(0, CubeFace.Front, 0, 0)), Is.False);
        Assert.That(renderer.QuadsLastFrame, Is.GreaterThanOrEqualTo(1));
        Assert.That(source.Errors, Has.Count.EqualTo(1));
        Assert.That(source.Errors[0], Is.TypeOf<BundleException>().With.Property(nameof(BundleException.Code)).EqualTo(BundleErrorCode.HashMismatch));
    }

    private sealed class CountingSource(ITileSource inner) : ITileSource
    {
        public List<Exception> Errors { get; } = [];

        public CubePyramid Pyramid => inner.Pyramid;

        public byte[] ReadPreview() => inner.ReadPreview();

        public byte[] ReadTile(int level, CubeFace face, int x, int y)
        {
            try
            {
                return inner.ReadTile(level, face, x, y);
            }
            catch (Exception e)
            {
                lock (Errors)
                {
                    Errors.Add(e);
                }

                throw;
            }
        }
    }
}
