namespace ExhibitionViewer.Controls;

/// <summary>
/// The glide after a drag is released: the view keeps turning at the angular velocity it had at release, decaying
/// exponentially with <see cref="TimeConstant"/>, so a fling travels about velocity × time constant further.
/// </summary>
public sealed class Inertia
{
    /// <summary>Seconds for the velocity to fall to 1/e.</summary>
    public const double TimeConstant = 0.35;

    /// <summary>Below this speed (degrees per second) the glide stops.</summary>
    public const double StopSpeed = 0.5;

    /// <summary>The current angular velocity, degrees per second.</summary>
    public (double Yaw, double Pitch) Velocity { get; private set; }

    /// <summary>Whether the view is still gliding.</summary>
    public bool IsMoving => Velocity != (0, 0);

    /// <summary>Starts a glide at the given velocity (degrees per second).</summary>
    public void Start(double yaw, double pitch) =>
        Velocity = Math.Sqrt(yaw * yaw + pitch * pitch) < StopSpeed || !double.IsFinite(yaw + pitch) ? (0, 0) : (yaw, pitch);

    /// <summary>Stops the glide (the visitor touched the screen again).</summary>
    public void Stop() => Velocity = (0, 0);

    /// <summary>Advances by <paramref name="seconds"/>; returns the rotation to apply, in degrees (the exact integral of the decaying velocity).</summary>
    public (double Yaw, double Pitch) Advance(double seconds)
    {
        if (!IsMoving || seconds <= 0)
        {
            return (0, 0);
        }

        var decay = Math.Exp(-seconds / TimeConstant);
        var travelled = TimeConstant * (1 - decay);
        var step = (Velocity.Yaw * travelled, Velocity.Pitch * travelled);
        Velocity = (Velocity.Yaw * decay, Velocity.Pitch * decay);
        if (Math.Sqrt(Velocity.Yaw * Velocity.Yaw + Velocity.Pitch * Velocity.Pitch) < StopSpeed)
        {
            Velocity = (0, 0);
        }

        return step;
    }
}
