using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Viewing;

/// <summary>
/// The current view of a scene: every change goes through <see cref="ViewConstraints"/>, so the view is always
/// within the scene's limits for the current screen size.
/// </summary>
public sealed class Camera
{
    private (double Yaw, double Pitch)? grabbed;

    /// <summary>Creates a camera at <paramref name="initial"/> for a screen of the given size.</summary>
    public Camera(ViewAngles initial, ViewLimits limits, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        Projection = new ViewProjection(ViewConstraints.Clamp(initial, limits, width, height), width, height);
    }

    /// <summary>The scene's limits.</summary>
    public ViewLimits Limits { get; }

    /// <summary>The current projection (view and screen size).</summary>
    public ViewProjection Projection { get; private set; }

    /// <summary>The current (clamped) view.</summary>
    public ViewAngles View => Projection.View;

    /// <summary>Moves to a view, clamped.</summary>
    public void SetView(ViewAngles view) => Apply(view, Projection.Width, Projection.Height);

    /// <summary>Follows a new screen size, keeping the view.</summary>
    public void Resize(int width, int height) => Apply(View, width, height);

    /// <summary>Turns by the given degrees (positive yaw right, positive pitch up).</summary>
    public void RotateBy(double yaw, double pitch) => SetView(View with { Yaw = View.Yaw + yaw, Pitch = View.Pitch + pitch });

    /// <summary>Multiplies hfov by <paramref name="factor"/> (below 1 zooms in).</summary>
    public void ZoomBy(double factor) => SetView(View with { Hfov = View.Hfov * factor });

    /// <summary>Starts a drag: the point of the scene under <paramref name="point"/> will follow the pointer.</summary>
    public void BeginDrag(ScreenPoint point) => grabbed = Projection.ScreenToAngles(point);

    /// <summary>Ends a drag.</summary>
    public void EndDrag() => grabbed = null;

    /// <summary>Turns so the grabbed point of the scene sits under <paramref name="point"/> (within limits).</summary>
    public void DragTo(ScreenPoint point)
    {
        if (grabbed is not { } target)
        {
            return;
        }

        // Two fixed-point steps: the yaw/pitch offsets under a pointer are nearly linear in the view angles.
        for (var i = 0; i < 2; i++)
        {
            var under = Projection.ScreenToAngles(point);
            RotateBy(Angles.WrapYaw(target.Yaw - under.Yaw), target.Pitch - under.Pitch);
        }
    }

    private void Apply(ViewAngles view, int width, int height) =>
        Projection = new ViewProjection(ViewConstraints.Clamp(view, Limits, width, height), width, height);
}
