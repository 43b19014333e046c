using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>Supplies the six cube faces of a panorama as (lazy) NetVips images.</summary>
internal interface IFaceProvider : IDisposable
{
    /// <summary>Face edge in pixels.</summary>
    int FaceSize { get; }

    /// <summary>The extent to record in the pyramid; null for a full sphere.</summary>
    PanoramaExtent? Extent { get; }

    /// <summary>An 8-bit sRGB three-band image, <see cref="FaceSize"/> square; the caller disposes it.</summary>
    Image Face(CubeFace face);

    /// <summary>The source file to name when the face cannot be produced.</summary>
    string FileOf(CubeFace face);
}
