using Exhibition.Bundle.Model;

namespace ContentPacker.Media.Panorama;

/// <summary>Turns a panorama into a cube-face tile pyramid plus a preview strip.</summary>
public static partial class PanoramaTiler
{
    /// <summary>
    /// Writes <c>tiles/{level}/{face}/{x}_{y}.jpg</c> and <c>preview.jpg</c> under <paramref name="outputDir"/> and
    /// returns the pyramid with entry paths prefixed by <paramref name="entryPrefix"/> (e.g. <c>scenes/hall/</c>).
    /// Throws <see cref="MediaException"/> naming the file on failure.
    /// </summary>
    public static CubePyramid Tile(PanoramaSource source, string outputDir, string entryPrefix, TilingOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(outputDir);
        ArgumentNullException.ThrowIfNull(entryPrefix);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.JpegQuality, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.JpegQuality, 100, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TileSize, 16, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.TileSize, 8192, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PreviewFaceSize, 1, nameof(options));
        if (source is EquirectSource { Extent: { } extent } && !IsValid(extent))
        {
            throw new ArgumentException($"Extent {extent} is outside 0 < haov <= 360, 0 < vaov <= 180.", nameof(source));
        }

        return TileCore(source, outputDir, entryPrefix, options, progress);
    }

    private static bool IsValid(PanoramaExtent extent) =>
        extent.HorizontalAngle is > 0 and <= 360 && extent.VerticalAngle is > 0 and <= 180;
}
