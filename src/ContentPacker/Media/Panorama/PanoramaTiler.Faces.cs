using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// Faces are pipelined two deep: while NetVips writes one face's pyramid (which keeps about one and a half cores
/// busy), the next face is sampled, so both cores stay busy; only the decoded source, two face buffers and dzsave's
/// strips are resident.
/// </summary>
public static partial class PanoramaTiler
{
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
                throw VipsImages.ConversionFailed(faces.FileOf(face), e);
            }
        }
    }
}
