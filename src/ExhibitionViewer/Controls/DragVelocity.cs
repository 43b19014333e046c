namespace ExhibitionViewer.Controls;

/// <summary>
/// Estimates the view's angular velocity during a drag from the views of the last <see cref="Window"/> seconds, so a
/// finger that stops before lifting gives no glide and one that lifts while moving does.
/// </summary>
internal sealed class DragVelocity
{
    /// <summary>How far back samples count, in seconds.</summary>
    public const double Window = 0.1;

    private readonly List<(double Time, double Yaw, double Pitch)> samples = [];

    public void Clear() => samples.Clear();

    public void Add(double time, double yaw, double pitch)
    {
        samples.Add((time, yaw, pitch));
        samples.RemoveAll(s => s.Time < time - Window * 2);
    }

    /// <summary>Degrees per second over the window ending at <paramref name="now"/>; zero if the view rested.</summary>
    public (double Yaw, double Pitch) At(double now)
    {
        var recent = samples.Where(s => s.Time >= now - Window).ToList();
        if (recent.Count < 2 || recent[^1].Time - recent[0].Time < 1e-3)
        {
            return (0, 0);
        }

        // A pointer that held still for most of the window means "place", not "fling".
        var last = recent[^1];
        if (now - last.Time > Window / 2)
        {
            return (0, 0);
        }

        var first = recent[0];
        var dt = last.Time - first.Time;
        return (Viewing.Angles.WrapYaw(last.Yaw - first.Yaw) / dt, (last.Pitch - first.Pitch) / dt);
    }
}
