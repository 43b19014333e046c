namespace ExhibitionViewer.Viewing;

/// <summary>Screen ↔ sphere mapping and the GL matrix.</summary>
public readonly partial record struct ViewProjection
{
    /// <summary>The direction seen through a screen point (not normalised).</summary>
    public Vec3 RayThrough(ScreenPoint point)
    {
        var nx = 2 * point.X / Width - 1;
        var ny = 1 - 2 * point.Y / Height;
        return Forward + Right * (nx * TanHalfH) + Up * (ny * TanHalfV);
    }

    /// <summary>The (yaw, pitch) under a screen point: picking, and the author mode's read-out.</summary>
    public (double Yaw, double Pitch) ScreenToAngles(ScreenPoint point) => Angles.FromDirection(RayThrough(point));

    /// <summary>Where a direction lands on screen, or null when it is behind the viewer (it may be off-screen).</summary>
    public ScreenPoint? DirectionToScreen(Vec3 direction)
    {
        var depth = direction.Dot(Forward);
        if (depth <= 1e-12)
        {
            return null;
        }

        var nx = direction.Dot(Right) / (depth * TanHalfH);
        var ny = direction.Dot(Up) / (depth * TanHalfV);
        return new ScreenPoint((nx + 1) * Width / 2, (1 - ny) * Height / 2);
    }

    /// <summary>Where (yaw, pitch) lands on screen, or null when it is behind the viewer.</summary>
    public ScreenPoint? AnglesToScreen(double yaw, double pitch) => DirectionToScreen(Angles.Direction(yaw, pitch));

    /// <summary>
    /// The view-projection matrix for GL, column-major. Clip z is always 0 (there is no depth test and the sphere has
    /// no near or far), and clip w is the depth along the view axis, so geometry behind the viewer is clipped by w.
    /// </summary>
    public float[] ToGlMatrix()
    {
        var r = Right * (1 / TanHalfH);
        var u = Up * (1 / TanHalfV);
        var f = Forward;
        return
        [
            (float)r.X, (float)u.X, 0, (float)f.X,
            (float)r.Y, (float)u.Y, 0, (float)f.Y,
            (float)r.Z, (float)u.Z, 0, (float)f.Z,
            0, 0, 0, 0,
        ];
    }
}
