namespace ExhibitionViewer.Viewing;

/// <summary>A point on screen in pixels, origin at the top-left, y down.</summary>
public readonly record struct ScreenPoint(double X, double Y);
