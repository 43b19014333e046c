using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>The conversion itself: one face at a time, so only the decoded source and dzsave's strips are resident.</summary>
public static partial class PanoramaTiler
{
    // Share of the progress bar spent decoding the source before the first face.
    private const double OpenShare = 0.15;

    private static CubePyramid TileCore(PanoramaSource source, string outputDir, string entryPrefix, TilingOptions options, IProgress<double>? progress)
    {
        progress?.Report(0);
        using var faces = Open(source);
        progress?.Report(OpenShare);
        var levels = PyramidLayout.LevelSizes(faces.FaceSize, options.TileSize);
        var paths = new CubePyramidPaths(entryPrefix);
        PrepareOutput(outputDir);
        var all = Enum.GetValues<CubeFace>();
        for (var i = 0; i < all.Length; i++)
        {
            WriteFace(faces, all[i], outputDir, levels, options);
            progress?.Report(OpenShare + ((1 - OpenShare) * (i + 1) / (all.Length + 1)));
        }

        PreviewWriter.Write(outputDir, paths, options);
        progress?.Report(1);
        return paths.Pyramid(faces.FaceSize, levels, options, faces.Extent);
    }

    private static IFaceProvider Open(PanoramaSource source) => source switch
    {
        EquirectSource equirect => EquirectFaces.Open(equirect),
        CubeFacesSource cube => CubeFaceFiles.Open(cube),
        _ => throw new ArgumentException($"Unknown panorama source {source.GetType().Name}.", nameof(source)),
    };

    private static void WriteFace(IFaceProvider faces, CubeFace face, string outputDir, IReadOnlyList<int> levels, TilingOptions options)
    {
        try
        {
            using var image = faces.Face(face);
            FacePyramidWriter.Write(image, face, outputDir, levels, options);
        }
        catch (VipsException e)
        {
            throw VipsImages.Unreadable(faces.FileOf(face), e);
        }
    }

    // A previous run's tiles would otherwise block the level folders from being moved into place.
    private static void PrepareOutput(string outputDir)
    {
        var tiles = Path.Combine(outputDir, "tiles");
        if (Directory.Exists(tiles))
        {
            Directory.Delete(tiles, recursive: true);
        }

        Directory.CreateDirectory(outputDir);
    }
}
