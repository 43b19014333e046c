using System.Diagnostics;
using ContentPacker.Media.Panorama;
using Exhibition.Bundle.Model;
using NetVips;

namespace PanoramaBench;

/// <summary>
/// Side-by-side costs for one 16K front face (run in a child, `--compare SOURCE`): our CPU sampler against NetVips
/// <c>mapim</c> with the same index, and <c>dzsave</c> against cropping and encoding tiles level by level.
/// </summary>
internal static class Comparisons
{
    public static int Run(string sourceFile)
    {
        Cache.Max = 0;
        using var faces = EquirectFaces.Open(new EquirectSource(sourceFile));
        var size = faces.FaceSize;
        // Each side runs twice; the second (warm) figure is the fair one.
        Time("C# sampler (ours), front face, cold", () => faces.Face(CubeFace.Front).CopyMemory()).Dispose();
        using var ours = Time("C# sampler (ours), front face, warm", () => faces.Face(CubeFace.Front).CopyMemory());
        using (var decoded = Image.NewFromFile(sourceFile, access: Enums.Access.Sequential).CopyMemory())
        {
            var (xs, ys) = Index(size, decoded.Width, decoded.Height);
            using var x = Image.NewFromMemory(xs, size, size, 1, Enums.BandFormat.Float);
            using var y = Image.NewFromMemory(ys, size, size, 1, Enums.BandFormat.Float);
            using var index = x.Bandjoin(y);
            foreach (var warmth in new[] { "cold", "warm" })
            {
                Time($"NetVips mapim bilinear, same index, {warmth}", () =>
                    decoded.Mapim(index, interpolate: Interpolate.NewFromName("bilinear"), extend: Enums.Extend.Repeat).CopyMemory()).Dispose();
            }
        }

        var dir = Path.Combine(BenchOptions.WorkDir, "compare");
        var levels = PyramidLayout.LevelSizes(size, 512);
        for (var run = 0; run < 2; run++)
        {
            Time("dzsave pyramid (ours)", () => { Fresh(dir); FacePyramidWriter.Write(ours, CubeFace.Front, dir, levels, new TilingOptions()); return 0; });
            Time("crop + jpegsave per level, shrink 2x", () => { Fresh(dir); CropTiles(ours, dir); return 0; });
        }
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static T Time<T>(string what, Func<T> action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = action();
        process.Refresh();
        Console.WriteLine($"  {what,-40} wall {watch.Elapsed.TotalSeconds,5:F2} s  cpu {(process.TotalProcessorTime - cpu).TotalSeconds,5:F2} s");
        return result;
    }

    private static (float[] Xs, float[] Ys) Index(int size, int width, int height)
    {
        var coordinates = new FaceCoordinates(CubeFace.Front, size, new SourceMapping(width, height, 360, 180, 0));
        float[] xs = new float[size * size], ys = new float[size * size];
        float[] rowX = new float[coordinates.RowLength], rowY = new float[coordinates.RowLength];
        for (var row = 0; row < size; row++)
        {
            coordinates.Row(row, rowX, rowY);
            Array.Copy(rowX, 0, xs, row * size, size);
            Array.Copy(rowY, 0, ys, row * size, size);
        }

        return (xs, ys);
    }

    private static void CropTiles(Image face, string dir)
    {
        var level = face.Copy();
        for (var n = 0; level.Width > 0; n++)
        {
            var tiles = (level.Width + 511) / 512;
            var current = level;
            Parallel.For(0, tiles * tiles, i =>
            {
                int tx = i % tiles, ty = i / tiles;
                using var tile = current.Crop(tx * 512, ty * 512, Math.Min(512, current.Width - (tx * 512)), Math.Min(512, current.Height - (ty * 512)));
                tile.Jpegsave(Path.Combine(dir, $"{n}_{tx}_{ty}.jpg"), q: 85, keep: Enums.ForeignKeep.None);
            });
            if (level.Width <= 512)
            {
                break;
            }

            using var shrunk = level.Shrink(2, 2);
            level.Dispose();
            level = shrunk.CopyMemory();
        }

        level.Dispose();
    }

    private static void Fresh(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
    }
}
