namespace ExhibitionViewer.Viewing;

/// <summary>
/// A direction or point in viewer space: X toward yaw 90 (right), Y up, Z toward yaw 0 (front).
/// Doubles, because picking and limit clamping must round-trip to well below a screen pixel.
/// </summary>
public readonly record struct Vec3(double X, double Y, double Z)
{
    /// <summary>Euclidean length.</summary>
    public double Length => Math.Sqrt(Dot(this));

    /// <summary>Dot product.</summary>
    public double Dot(Vec3 other) => X * other.X + Y * other.Y + Z * other.Z;

    /// <summary>This vector scaled to unit length.</summary>
    public Vec3 Normalized() => this * (1 / Length);

    /// <summary>Sum.</summary>
    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    /// <summary>Difference.</summary>
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    /// <summary>Scale.</summary>
    public static Vec3 operator *(Vec3 a, double s) => new(a.X * s, a.Y * s, a.Z * s);
}
