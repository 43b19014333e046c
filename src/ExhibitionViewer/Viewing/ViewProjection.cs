using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Viewing;

/// <summary>
/// A rectilinear (perspective) projection of the sphere for one view and screen size, and its inverse.
/// Screen pixels have their origin at the top-left; pixel centres are at half-integers.
/// </summary>
public readonly partial record struct ViewProjection
{
    /// <summary>Creates the projection; the view is used as given (clamp it first with <see cref="ViewConstraints"/>).</summary>
    public ViewProjection(ViewAngles view, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(view.Hfov);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(view.Hfov, 180);
        View = view;
        Width = width;
        Height = height;
        TanHalfH = Math.Tan(Angles.ToRadians(view.Hfov) / 2);
        TanHalfV = TanHalfH * height / width;
        Forward = Angles.Direction(view.Yaw, view.Pitch);
        Up = Angles.Direction(view.Yaw, view.Pitch + 90);
        var (sy, cy) = Math.SinCos(Angles.ToRadians(view.Yaw));
        Right = new Vec3(cy, 0, -sy);
    }

    /// <summary>The view.</summary>
    public ViewAngles View { get; }

    /// <summary>Screen width in pixels.</summary>
    public int Width { get; }

    /// <summary>Screen height in pixels.</summary>
    public int Height { get; }

    /// <summary>Camera forward, right and up axes in viewer space.</summary>
    public Vec3 Forward { get; }

    /// <inheritdoc cref="Forward"/>
    public Vec3 Right { get; }

    /// <inheritdoc cref="Forward"/>
    public Vec3 Up { get; }

    /// <summary>tan(hfov/2) and tan(vfov/2).</summary>
    public double TanHalfH { get; }

    /// <inheritdoc cref="TanHalfH"/>
    public double TanHalfV { get; }

    /// <summary>The vertical field of view in degrees.</summary>
    public double Vfov => 2 * Angles.ToDegrees(Math.Atan(TanHalfV));

    /// <summary>Screen pixels per radian at the centre of the screen.</summary>
    public double PixelsPerRadianAtCentre => Width / 2.0 / TanHalfH;
}
