using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>Sampling one face into a buffer NetVips can tile.</summary>
internal sealed partial class EquirectFaces
{
    /// <inheritdoc/>
    /// <remarks>Alternates between two buffers: a face's image stays valid while the next one is sampled.</remarks>
    public Image Face(CubeFace cubeFace)
    {
        var face = faceBuffers[produced++ % 2];
        var coordinates = new FaceCoordinates(cubeFace, FaceSize, mapping);
        var length = coordinates.RowLength;
        Parallel.For(0, FaceSize, () => (new float[length], new float[length]), (row, _, buffers) =>
        {
            coordinates.Row(row, buffers.Item1, buffers.Item2);
            sampler.Row(buffers.Item1, buffers.Item2, FaceSize, face, row * FaceSize * 3);
            return buffers;
        }, _ => { });
        return Image.NewFromMemory(face, FaceSize, FaceSize, 3, Enums.BandFormat.Uchar);
    }
}
