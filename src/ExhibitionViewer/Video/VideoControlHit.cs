namespace ExhibitionViewer.Video;

/// <summary>The result of a hit test on the video controls.</summary>
/// <param name="Target">What was hit.</param>
/// <param name="Fraction">For sliders, the position along them, 0..1 (clamped, so a drag past the end still works).</param>
public readonly record struct VideoControlHit(VideoControlTarget Target, double Fraction = 0);
