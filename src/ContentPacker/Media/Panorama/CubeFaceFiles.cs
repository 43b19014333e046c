using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>Cube faces given as six square files, passed through unchanged (they are already in Pannellum's orientation).</summary>
internal sealed class CubeFaceFiles : IFaceProvider
{
    private readonly IReadOnlyDictionary<CubeFace, string> files;

    private CubeFaceFiles(IReadOnlyDictionary<CubeFace, string> files, int faceSize)
    {
        this.files = files;
        FaceSize = faceSize;
    }

    /// <inheritdoc/>
    public int FaceSize { get; }

    /// <inheritdoc/>
    public PanoramaExtent? Extent => null;

    /// <summary>Checks that all six faces exist, are square and share one size (header reads only).</summary>
    public static CubeFaceFiles Open(CubeFacesSource source)
    {
        var size = 0;
        foreach (var face in Enum.GetValues<CubeFace>())
        {
            if (!source.Files.TryGetValue(face, out var file))
            {
                throw new MediaException($"Cube panorama has no {face.ToString().ToLowerInvariant()} face; give all six faces.");
            }

            using var image = VipsImages.OpenSequential(file);
            if (image.Width != image.Height || (size != 0 && image.Width != size))
            {
                throw new MediaException($"Cube face '{file}' is {image.Width}x{image.Height}; faces must be square and " +
                    $"all the same size{(size == 0 ? string.Empty : $" ({size}x{size})")}.");
            }

            size = image.Width;
        }

        return new CubeFaceFiles(source.Files, size);
    }

    /// <inheritdoc/>
    public Image Face(CubeFace face)
    {
        using var file = VipsImages.OpenSequential(files[face]);
        return VipsImages.ToRgb8(file);
    }

    /// <inheritdoc/>
    public string FileOf(CubeFace face) => files[face];

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
