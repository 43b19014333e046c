using Exhibition.Bundle.Model;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// The direction of a point on a cube face. Axes: x right (yaw 90), y up, z forward (yaw 0). Face coordinates u
/// (rightwards in the image) and v (downwards) run over [-1, 1]. These follow Pannellum's (and nona's) cube:
/// the four sides look at yaw 0, 90, 180, -90 with up at the top; up's bottom edge meets front's top edge and down's
/// top edge meets front's bottom edge.
/// </summary>
internal static class CubeDirections
{
    /// <summary>Unnormalised direction through face point (u, v).</summary>
    public static (float X, float Y, float Z) Of(CubeFace face, float u, float v) => face switch
    {
        CubeFace.Front => (u, -v, 1),
        CubeFace.Right => (1, -v, -u),
        CubeFace.Back => (-u, -v, -1),
        CubeFace.Left => (-1, -v, u),
        CubeFace.Up => (u, 1, v),
        CubeFace.Down => (u, -1, -v),
        _ => throw new ArgumentOutOfRangeException(nameof(face)),
    };
}
