using Exhibition.Bundle.Model;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Support;

/// <summary>
/// Builds a cube tile pyramid from an equirect by CPU projection, in the layout CubePyramid documents:
/// level 0 coarsest (one tile per face), each level half the next rounded up, 512-px tiles, preview strip in CubeFace order.
/// </summary>
internal static class CubePyramidGenerator
{
    public const int TileSize = 512;

    public static MemoryTileSource Create(EquirectImage source, int faceSize, int previewFaceSize, int jpegQuality = 90)
    {
        var pyramid = new CubePyramid
        {
            FaceSize = faceSize,
            TileSize = TileSize,
            LevelSizes = LevelSizes(faceSize),
            TilePathTemplate = "scenes/test/tiles/{level}/{face}/{x}_{y}.jpg",
            PreviewPath = "scenes/test/preview.jpg",
            PreviewFaceSize = previewFaceSize,
        };
        var entries = new Dictionary<string, byte[]>();
        for (var level = 0; level < pyramid.LevelSizes.Count; level++)
        {
            foreach (var face in Enum.GetValues<CubeFace>())
            {
                var image = RenderFace(source, face, pyramid.LevelSizes[level]);
                AddTiles(entries, pyramid, level, face, image, jpegQuality);
            }
        }

        var faces = Enum.GetValues<CubeFace>().Select(f => RenderFace(source, f, previewFaceSize)).ToList();
        entries[pyramid.PreviewPath] = Encode(Strip(faces, previewFaceSize), jpegQuality);
        return new MemoryTileSource(pyramid, entries);
    }

    public static List<int> LevelSizes(int faceSize)
    {
        var sizes = new List<int> { faceSize };
        while (sizes[0] > TileSize)
        {
            sizes.Insert(0, (sizes[0] + 1) / 2);
        }

        return sizes;
    }

    public static DecodedImage RenderFace(EquirectImage source, CubeFace face, int size)
    {
        var pixels = new byte[size * size * 4];
        Parallel.For(0, size, y =>
        {
            for (var x = 0; x < size; x++)
            {
                var (r, g, b) = source.Sample(CubeGeometry.FacePoint(face, (x + 0.5) / size, (y + 0.5) / size));
                var i = (y * size + x) * 4;
                (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = ((byte)Math.Round(r), (byte)Math.Round(g), (byte)Math.Round(b), 255);
            }
        });
        return new DecodedImage(size, size, pixels);
    }

    private static void AddTiles(Dictionary<string, byte[]> entries, CubePyramid pyramid, int level, CubeFace face, DecodedImage image, int quality)
    {
        var perEdge = pyramid.TilesPerEdge(level);
        for (var y = 0; y < perEdge; y++)
        {
            for (var x = 0; x < perEdge; x++)
            {
                int x0 = x * TileSize, y0 = y * TileSize;
                var tile = image.Crop(x0, y0, Math.Min(TileSize, image.Width - x0), Math.Min(TileSize, image.Height - y0));
                entries[pyramid.TilePath(level, face, x, y)] = Encode(tile, quality);
            }
        }
    }

    private static DecodedImage Strip(List<DecodedImage> faces, int size)
    {
        var pixels = new byte[size * 6 * size * 4];
        for (var f = 0; f < 6; f++)
        {
            for (var row = 0; row < size; row++)
            {
                Array.Copy(faces[f].Rgba, row * size * 4, pixels, (row * size * 6 + f * size) * 4, size * 4);
            }
        }

        return new DecodedImage(size * 6, size, pixels);
    }

    public static unsafe byte[] Encode(DecodedImage image, int quality)
    {
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        fixed (byte* p = image.Rgba)
        {
            using var pixmap = new SKPixmap(info, (nint)p, image.Width * 4);
            using var data = pixmap.Encode(SKEncodedImageFormat.Jpeg, quality) ?? throw new InvalidOperationException("JPEG encode failed");
            return data.ToArray();
        }
    }
}
