using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tiles;

/// <summary>
/// Where each cube face sits, as Pannellum orients them: a face image's pixel (s, t) in 0..1 from its top-left looks
/// along <c>Forward + (2s-1) Right + (1-2t) Up</c>. Up's image "down" points at the front face; down's image "up" does too.
/// </summary>
public static class CubeGeometry
{
    private static readonly (Vec3 Forward, Vec3 Right, Vec3 Up)[] Bases =
    [
        (new(0, 0, 1), new(1, 0, 0), new(0, 1, 0)),    // front
        (new(1, 0, 0), new(0, 0, -1), new(0, 1, 0)),   // right
        (new(0, 0, -1), new(-1, 0, 0), new(0, 1, 0)),  // back
        (new(-1, 0, 0), new(0, 0, 1), new(0, 1, 0)),   // left
        (new(0, 1, 0), new(1, 0, 0), new(0, 0, -1)),   // up
        (new(0, -1, 0), new(1, 0, 0), new(0, 0, 1)),   // down
    ];

    /// <summary>The point on the unit cube at face coordinates (s, t), each 0..1 from the face image's top-left.</summary>
    public static Vec3 FacePoint(CubeFace face, double s, double t)
    {
        var (f, r, u) = Bases[(int)face];
        return f + r * (2 * s - 1) + u * (1 - 2 * t);
    }

    /// <summary>The face a direction passes through and its (s, t) coordinates there.</summary>
    public static (CubeFace Face, double S, double T) FromDirection(Vec3 direction)
    {
        var face = DominantFace(direction);
        var (f, r, u) = Bases[(int)face];
        var depth = direction.Dot(f);
        return (face, (direction.Dot(r) / depth + 1) / 2, (1 - direction.Dot(u) / depth) / 2);
    }

    private static CubeFace DominantFace(Vec3 d)
    {
        double ax = Math.Abs(d.X), ay = Math.Abs(d.Y), az = Math.Abs(d.Z);
        if (ay >= ax && ay >= az)
        {
            return d.Y > 0 ? CubeFace.Up : CubeFace.Down;
        }

        return ax >= az ? (d.X > 0 ? CubeFace.Right : CubeFace.Left) : (d.Z > 0 ? CubeFace.Front : CubeFace.Back);
    }
}
