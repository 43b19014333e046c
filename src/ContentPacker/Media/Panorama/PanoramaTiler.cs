using Exhibition.Bundle.Model;

namespace ContentPacker.Media.Panorama;

/// <summary>Turns a panorama into a cube-face tile pyramid plus a preview strip.</summary>
public static class PanoramaTiler
{
    /// <summary>
    /// Writes <c>tiles/{level}/{face}/{x}_{y}.jpg</c> and <c>preview.jpg</c> under <paramref name="outputDir"/> and
    /// returns the pyramid with entry paths prefixed by <paramref name="entryPrefix"/> (e.g. <c>scenes/hall/</c>).
    /// Throws <see cref="MediaException"/> naming the file on failure.
    /// </summary>
    public static CubePyramid Tile(PanoramaSource source, string outputDir, string entryPrefix, TilingOptions options, IProgress<double>? progress = null) =>
        throw new NotImplementedException();
}
