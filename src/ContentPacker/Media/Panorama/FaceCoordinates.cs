using System.Numerics;
using System.Runtime.CompilerServices;
using Exhibition.Bundle.Model;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// For one row of a face, the source coordinate every pixel centre samples: direction → (yaw, pitch) → (x, y),
/// computed with SIMD. Directions are affine in the face coordinates (u, v): d = c + a·u + b·v.
/// </summary>
internal sealed class FaceCoordinates
{
    private readonly (float X, float Y, float Z) a, b, c;
    private readonly float[] us;
    private readonly int size;
    private readonly SourceMapping mapping;

    /// <summary>Prepares the rows of <paramref name="face"/> at <paramref name="size"/> pixels per edge.</summary>
    public FaceCoordinates(CubeFace face, int size, SourceMapping mapping)
    {
        this.size = size;
        this.mapping = mapping;
        c = CubeDirections.Of(face, 0, 0);
        a = Minus(CubeDirections.Of(face, 1, 0), c);
        b = Minus(CubeDirections.Of(face, 0, 1), c);
        us = new float[RowLength];
        for (var col = 0; col < us.Length; col++)
        {
            us[col] = ((col + 0.5f) * 2 / size) - 1;
        }
    }

    /// <summary>Length of the row buffers: the face size rounded up to whole vectors.</summary>
    public int RowLength => (size + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>Writes the source x and y of row <paramref name="row"/> into buffers of <see cref="RowLength"/>.</summary>
    // Hot loop run once per face row: compile it optimised at once rather than after tier-0 has run a whole face.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Row(int row, float[] xs, float[] ys)
    {
        var v = ((row + 0.5f) * 2 / size) - 1;
        var cx = new Vector<float>(c.X + (b.X * v));
        var cy = new Vector<float>(c.Y + (b.Y * v));
        var cz = new Vector<float>(c.Z + (b.Z * v));
        for (var col = 0; col < us.Length; col += Vector<float>.Count)
        {
            var u = new Vector<float>(us, col);
            var dx = cx + (u * a.X);
            var dy = cy + (u * a.Y);
            var dz = cz + (u * a.Z);
            var yaw = VectorAngles.Atan2(dx, dz);
            var pitch = VectorAngles.Atan2(dy, Vector.SquareRoot((dx * dx) + (dz * dz)));
            var (sx, sy) = mapping.Map(yaw, pitch);
            sx.CopyTo(xs, col);
            sy.CopyTo(ys, col);
        }
    }

    private static (float X, float Y, float Z) Minus((float X, float Y, float Z) p, (float X, float Y, float Z) q) =>
        (p.X - q.X, p.Y - q.Y, p.Z - q.Z);
}
