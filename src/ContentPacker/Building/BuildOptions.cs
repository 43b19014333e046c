using ContentPacker.Media.Panorama;
using Exhibition.Bundle.Signing;

namespace ContentPacker.Building;

/// <summary>How to build: where to, signed by whom, tile settings, and where converted media are cached.</summary>
internal sealed record BuildOptions(string OutputFile, SigningKey? SigningKey, TilingOptions Tiling, string CacheFolder)
{
    /// <summary>Longest edge of case-study images in the bundle: sharp on a 1080p panel without wasting space.</summary>
    public int CaseStudyImageEdge { get; init; } = 1600;
}
