using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// Cube faces resampled from an equirectangular image. NetVips decodes the source once, straight into a managed
/// buffer (the only full-size copy); each face is sampled on the CPU into a reused face buffer that NetVips then
/// tiles. A SIMD C# sampler replaced <c>mapim</c> here (see the benchmark's <c>--compare</c>): for a 16K face
/// <c>mapim</c> took 0.85-0.95 s of CPU plus 0.14 s and 218 MB for its index, against 0.7 s and no index, and its
/// per-region bounding boxes copy whole source rows near the poles and across the seam. (Decoding the top rows
/// first to start the up face early was tried: no measurable gain, and strip reads break on some TIFF layouts.)
/// </summary>
internal sealed partial class EquirectFaces : IFaceProvider
{
    private readonly EquirectSource source;
    private readonly SourceMapping mapping;
    private readonly BilinearSampler sampler;
    private readonly byte[][] faceBuffers;
    private int produced;

    private EquirectFaces(EquirectSource source, SourceMapping mapping, byte[] pixels)
    {
        (this.source, this.mapping) = (source, mapping);
        sampler = new BilinearSampler(pixels, mapping.Width, mapping.Height, mapping.Wraps);
        FaceSize = PyramidLayout.FaceSizeForEquirect(mapping.Width, mapping.HorizontalAngle);
        faceBuffers = [new byte[FaceSize * FaceSize * 3], new byte[FaceSize * FaceSize * 3]];
    }

    /// <inheritdoc/>
    public int FaceSize { get; }

    /// <inheritdoc/>
    public PanoramaExtent? Extent => source.Extent;

    /// <summary>Reads the header, checks the shape, then decodes the whole source into memory.</summary>
    public static EquirectFaces Open(EquirectSource source)
    {
        using var file = VipsImages.OpenSequential(source.File);
        CheckShape(source, file);
        var extent = source.Extent ?? new PanoramaExtent(360, 180, 0);
        var mapping = new SourceMapping(file.Width, file.Height, extent.HorizontalAngle, extent.VerticalAngle, extent.VerticalOffset);
        var bytes = (long)file.Width * file.Height * 3;
        if (bytes > Array.MaxLength)
        {
            throw new MediaException($"Panorama '{source.File}' is {file.Width}x{file.Height}, too large to convert; " +
                "scale it down to 32768 pixels wide or less.");
        }

        var pixels = GC.AllocateUninitializedArray<byte>((int)bytes);
        try
        {
            using var rgb = VipsImages.ToRgb8(file);
            using var target = Image.NewFromMemory(pixels, file.Width, file.Height, 3, Enums.BandFormat.Uchar);
            rgb.Write(target);
        }
        catch (VipsException e)
        {
            throw VipsImages.Unreadable(source.File, e);
        }

        return new EquirectFaces(source, mapping, pixels);
    }

    /// <inheritdoc/>
    public string FileOf(CubeFace face) => source.File;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static void CheckShape(EquirectSource source, Image file)
    {
        if (source.Extent is null && Math.Abs(file.Width - (2.0 * file.Height)) > file.Height * 0.01)
        {
            throw new MediaException($"Panorama '{source.File}' is {file.Width}x{file.Height}, not 2:1; a full " +
                "equirectangular panorama must be twice as wide as high, or declare it partial with haov/vaov.");
        }
    }
}
