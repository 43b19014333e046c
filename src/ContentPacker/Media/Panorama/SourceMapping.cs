using System.Numerics;
using System.Runtime.CompilerServices;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// Maps yaw and pitch to a pixel coordinate of an equirectangular image (pixel centres at integer coordinates, so yaw 0
/// falls on (W-1)/2). Directions more than half a pixel beyond a partial panorama's edge map to <see cref="Outside"/>;
/// closer ones are clamped to the edge row or column, which is what bilinear sampling of a replicated border gives.
/// </summary>
internal readonly record struct SourceMapping(int Width, int Height, double HorizontalAngle, double VerticalAngle, double VerticalOffset)
{
    /// <summary>Far outside the source, so <c>mapim</c> paints its black background there.</summary>
    public const float Outside = -1e5f;

    /// <summary>True when the source spans 360°, so columns wrap around at ±180°.</summary>
    public bool Wraps => HorizontalAngle >= 360 - 1e-9;

    /// <summary>Source coordinates of directions; x is in [0, Width] when wrapping (column Width is column 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (Vector<float> X, Vector<float> Y) Map(Vector<float> yaw, Vector<float> pitch)
    {
        float w = Width, h = Height;
        var x = (yaw * (float)(Width / HorizontalAngle)) + new Vector<float>((w - 1) / 2);
        var y = new Vector<float>((h - 1) / 2) - ((pitch - new Vector<float>((float)VerticalOffset)) * (float)(Height / VerticalAngle));
        var outside = Vector.BitwiseOr(Vector.LessThan(y, new Vector<float>(-0.5f)), Vector.GreaterThan(y, new Vector<float>(h - 0.5f)));
        if (Wraps)
        {
            x = Vector.ConditionalSelect(Vector.LessThan(x, Vector<float>.Zero), x + new Vector<float>(w), x);
            x = Vector.ConditionalSelect(Vector.GreaterThan(x, new Vector<float>(w)), x - new Vector<float>(w), x);
        }
        else
        {
            outside |= Vector.BitwiseOr(Vector.LessThan(x, new Vector<float>(-0.5f)), Vector.GreaterThan(x, new Vector<float>(w - 0.5f)));
            x = Vector.Clamp(x, Vector<float>.Zero, new Vector<float>(w - 1));
        }

        y = Vector.Clamp(y, Vector<float>.Zero, new Vector<float>(h - 1));
        var far = new Vector<float>(Outside);
        return (Vector.ConditionalSelect(outside, far, x), Vector.ConditionalSelect(outside, far, y));
    }
}
