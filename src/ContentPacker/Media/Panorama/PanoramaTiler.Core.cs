using Exhibition.Bundle.Model;

namespace ContentPacker.Media.Panorama;

/// <summary>The conversion itself: open the source, write the faces and the preview, or leave nothing behind.</summary>
public static partial class PanoramaTiler
{
    // Share of the progress bar spent decoding the source before the first face.
    private const double OpenShare = 0.15;

    private static CubePyramid TileCore(PanoramaSource source, string outputDir, string entryPrefix, TilingOptions options, IProgress<double>? progress)
    {
        progress?.Report(0);
        PrepareOutput(outputDir);
        try
        {
            using var faces = Open(source);
            progress?.Report(OpenShare);
            var levels = PyramidLayout.LevelSizes(faces.FaceSize, options.TileSize);
            var paths = new CubePyramidPaths(entryPrefix);
            WriteFaces(faces, outputDir, levels, options, progress);
            PreviewWriter.Write(outputDir, paths, options);
            progress?.Report(1);
            return paths.Pyramid(faces.FaceSize, levels, options, faces.Extent);
        }
        catch
        {
            // Nothing half-written is left behind.
            PrepareOutput(outputDir);
            throw;
        }
    }

    private static IFaceProvider Open(PanoramaSource source) => source switch
    {
        EquirectSource equirect => EquirectFaces.Open(equirect),
        CubeFacesSource cube => CubeFaceFiles.Open(cube),
        _ => throw new ArgumentException($"Unknown panorama source {source.GetType().Name}.", nameof(source)),
    };

    // A previous run's tiles would otherwise block the level folders from being moved into place.
    private static void PrepareOutput(string outputDir)
    {
        Directory.CreateDirectory(outputDir);
        var tiles = Path.Combine(outputDir, "tiles");
        if (Directory.Exists(tiles))
        {
            Directory.Delete(tiles, recursive: true);
        }

        File.Delete(Path.Combine(outputDir, CubePyramidPaths.PreviewFile));
        foreach (var scratch in Directory.GetDirectories(outputDir, ".dz-*"))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
