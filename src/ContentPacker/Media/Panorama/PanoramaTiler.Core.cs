using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// The conversion itself. Faces are pipelined two deep: while NetVips writes one face's pyramid (which keeps about
/// one and a half cores busy), the next face is sampled, so both cores stay busy; only the decoded source, two face
/// buffers and dzsave's strips are resident.
/// </summary>
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

    private static void WriteFaces(IFaceProvider faces, string outputDir, IReadOnlyList<int> levels, TilingOptions options, IProgress<double>? progress)
    {
        var order = Enum.GetValues<CubeFace>();
        Task? writing = null;
        try
        {
            for (var i = 0; i < order.Length; i++)
            {
                var image = Produce(faces, order[i]);
                Finish(writing, progress, i);
                var face = order[i];
                writing = Task.Run(() => WriteFace(faces, image, face, outputDir, levels, options));
            }

            Finish(writing, progress, order.Length);
        }
        catch when (writing is { IsCompleted: false })
        {
            // Let the writer stop using the face buffers before they are released.
            ((IAsyncResult)writing).AsyncWaitHandle.WaitOne();
            throw;
        }
    }

    private static IFaceProvider Open(PanoramaSource source) => source switch
    {
        EquirectSource equirect => EquirectFaces.Open(equirect),
        CubeFacesSource cube => CubeFaceFiles.Open(cube),
        _ => throw new ArgumentException($"Unknown panorama source {source.GetType().Name}.", nameof(source)),
    };

    private static Image Produce(IFaceProvider faces, CubeFace face)
    {
        try
        {
            return faces.Face(face);
        }
        catch (VipsException e)
        {
            throw VipsImages.Unreadable(faces.FileOf(face), e);
        }
    }

    // Waits for the previous face's pyramid, rethrowing its own exception rather than an AggregateException.
    private static void Finish(Task? writing, IProgress<double>? progress, int facesDone)
    {
        if (writing is null)
        {
            return;
        }

        writing.GetAwaiter().GetResult();
        progress?.Report(OpenShare + ((1 - OpenShare) * facesDone / (Enum.GetValues<CubeFace>().Length + 1)));
    }

    private static void WriteFace(IFaceProvider faces, Image image, CubeFace face, string outputDir, IReadOnlyList<int> levels, TilingOptions options)
    {
        using (image)
        {
            try
            {
                FacePyramidWriter.Write(image, face, outputDir, levels, options);
            }
            catch (VipsException e)
            {
                throw VipsImages.Unreadable(faces.FileOf(face), e);
            }
        }
    }

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
