using System.Diagnostics;
using ContentPacker.Media.Panorama;

namespace PanoramaBench;

/// <summary>Runs the tiler alone in this process, so its peak RSS is the tiler's.</summary>
internal static class ChildRun
{
    public static int Run(string source, string output)
    {
        var watch = Stopwatch.StartNew();
        var pyramid = PanoramaTiler.Tile(new EquirectSource(source), output, string.Empty, new TilingOptions());
        watch.Stop();
        Console.WriteLine(FormattableString.Invariant(
            $"tiler-ms {watch.ElapsedMilliseconds} face {pyramid.FaceSize} levels {string.Join(',', pyramid.LevelSizes)}"));
        return 0;
    }
}
