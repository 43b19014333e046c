using ExhibitionViewer.Platform;

namespace ExhibitionViewer.Controls;

/// <summary>Motion that continues between events: held keys, the glide after a drag, and auto-rotation.</summary>
public sealed partial class ViewControls
{
    /// <summary>Advances held-key turning and zooming, the glide and auto-rotation by <paramref name="seconds"/>.</summary>
    public void Update(double seconds)
    {
        if (seconds <= 0 || !double.IsFinite(seconds))
        {
            return;
        }

        clock += seconds;
        IdleSeconds += seconds;
        UpdateKeys(seconds);
        var (yaw, pitch) = inertia.Advance(seconds);
        if (yaw != 0 || pitch != 0)
        {
            camera.RotateBy(yaw, pitch);
        }

        UpdateAutoRotate(seconds);
    }

    private void UpdateKeys(double seconds)
    {
        var rate = KeyTurnRate * camera.View.Hfov / 90 * seconds;
        var yaw = (Held(Keys.Right) ? rate : 0) - (Held(Keys.Left) ? rate : 0);
        var pitch = (Held(Keys.Up) ? rate : 0) - (Held(Keys.Down) ? rate : 0);
        if (yaw != 0 || pitch != 0)
        {
            camera.RotateBy(yaw, pitch);
        }

        var zoomIn = Held(Keys.Plus) || Held(Keys.EqualsSign) || Held(Keys.KeypadPlus);
        var zoomOut = Held(Keys.Minus) || Held(Keys.KeypadMinus);
        if (zoomIn != zoomOut)
        {
            camera.ZoomBy(Math.Pow(ZoomStep, (zoomIn ? 10 : -10) * seconds));
        }
    }

    // Only the part of this step past the idle threshold turns, so the start does not depend on frame timing.
    private void UpdateAutoRotate(double seconds)
    {
        var overdue = Math.Min(seconds, IdleSeconds - AutoRotateAfterSeconds);
        if (overdue > 0 && !IsGesturing && !inertia.IsMoving && AutoRotateDegreesPerSecond != 0)
        {
            camera.RotateBy(AutoRotateDegreesPerSecond * overdue, 0);
        }
    }
}
