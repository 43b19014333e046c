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
    public bool Intersects(ReadOnlySpan<Vec3> corners)
    {
        var polygon = new List<Vec3>(corners.Length + 4);
        foreach (var c in corners)
        {
            polygon.Add(c);
        }

        foreach (var n in inwardNormals)
        {
            polygon = ClipAgainst(polygon, n);
            if (polygon.Count == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static List<Vec3> ClipAgainst(List<Vec3> polygon, Vec3 normal)
    {
        var result = new List<Vec3>(polygon.Count + 2);
        for (var i = 0; i < polygon.Count; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Count];
            double da = a.Dot(normal), db = b.Dot(normal);
            if (da >= 0)
            {
                result.Add(a);
            }

            if ((da >= 0) != (db >= 0))
            {
                result.Add(a + (b - a) * (da / (da - db)));
            }
        }

        // A polygon that only touches the plane along an edge or at a point is not visible.
        return result.Count >= 3 && result.Exists(p => p.Dot(normal) > 1e-12) ? result : [];
    }
}
