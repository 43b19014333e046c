namespace ExhibitionViewer.Viewing;

/// <summary>
/// The four side planes of a view's pyramid, all through the eye. A convex polygon is visible when clipping it
/// against them leaves something; that is exact for the planar tile quads, unlike testing corners only.
/// </summary>
public readonly struct ViewFrustum
{
    private readonly Vec3[] inwardNormals;

    /// <summary>Builds the frustum of a projection.</summary>
    public ViewFrustum(ViewProjection projection)
    {
        var f = projection.Forward;
        inwardNormals =
        [
            f * projection.TanHalfH - projection.Right,
            f * projection.TanHalfH + projection.Right,
            f * projection.TanHalfV - projection.Up,
            f * projection.TanHalfV + projection.Up,
        ];
    }

    /// <summary>Whether any part of the convex polygon <paramref name="corners"/> is inside the view.</summary>
    /// <remarks>Called for every candidate tile every frame, so it clips in two buffers on the stack.</remarks>
    public bool Intersects(ReadOnlySpan<Vec3> corners)
    {
        // Each plane adds at most one vertex to a convex polygon; rounding at a vertex lying on a plane can add more,
        // and a clip that would overflow counts the polygon as visible (drawing a tile too many is harmless).
        var capacity = corners.Length + inwardNormals.Length;
        Span<Vec3> polygon = capacity <= 16 ? stackalloc Vec3[capacity] : new Vec3[capacity];
        Span<Vec3> clipped = capacity <= 16 ? stackalloc Vec3[capacity] : new Vec3[capacity];
        corners.CopyTo(polygon);
        var count = corners.Length;
        foreach (var n in inwardNormals)
        {
            count = ClipAgainst(polygon[..count], n, clipped);
            if (count <= 0)
            {
                return count < 0;
            }

            var swap = polygon;
            polygon = clipped;
            clipped = swap;
        }

        return true;
    }

    // The clipped polygon's vertex count; 0 when nothing is left, -1 when it would not fit in result.
    private static int ClipAgainst(ReadOnlySpan<Vec3> polygon, Vec3 normal, Span<Vec3> result)
    {
        var count = 0;
        var strictlyInside = false;
        for (var i = 0; i < polygon.Length; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Length];
            double da = a.Dot(normal), db = b.Dot(normal);
            if (count + 2 > result.Length)
            {
                return -1;
            }

            if (da >= 0)
            {
                result[count++] = a;
                strictlyInside |= da > 1e-12;
            }

            if ((da >= 0) != (db >= 0))
            {
                var cut = a + (b - a) * (da / (da - db));
                result[count++] = cut;
                strictlyInside |= cut.Dot(normal) > 1e-12;
            }
        }

        // A polygon that only touches the plane along an edge or at a point is not visible.
        return count >= 3 && strictlyInside ? count : 0;
    }
}
