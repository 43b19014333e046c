namespace ExhibitionViewer.Viewing;

/// <summary>A point on screen in pixels, origin at the top-left, y down.</summary>
public readonly record struct ScreenPoint(double X, double Y)
{
    /// <summary>Distance in pixels to <paramref name="other"/>.</summary>
    public double DistanceTo(ScreenPoint other) => double.Hypot(X - other.X, Y - other.Y);
}
