using Exhibition.Bundle.Model;

namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>Test case source: every cube face.</summary>
internal static class CubeFaceCases
{
    public static IEnumerable<CubeFace> All() => Enum.GetValues<CubeFace>();
}
