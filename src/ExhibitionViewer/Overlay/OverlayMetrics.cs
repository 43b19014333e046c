namespace ExhibitionViewer.Overlay;

/// <summary>
/// The overlay's type scale and 8-px spacing grid, sized for a 1080-px-high kiosk screen and scaled with the screen
/// (by height, but never so wide that a narrow portrait window overflows).
/// </summary>
internal readonly record struct OverlayMetrics(float Scale)
{
    public static OverlayMetrics For(int width, int height) =>
        new(Math.Max(0.2f, Math.Min(height / 1080f, width / 1280f)));

    /// <summary>One grid step: 8 px at 1080p.</summary>
    public float G => 8 * Scale;

    public float Caption => 26 * Scale;

    /// <summary>Body text: 30 px at 1080p, 2.8% of the height, legible from a step back.</summary>
    public float Body => 30 * Scale;

    public float Heading3 => 32 * Scale;

    public float Heading2 => 38 * Scale;

    public float Heading1 => 46 * Scale;

    public float Title => 56 * Scale;

    /// <summary>Marker diameter: 72 px at 1080p, comfortably more than a fingertip.</summary>
    public float MarkerRadius => 4.5f * G;

    public float PillHeight => 7 * G;

    public float Corner => 3 * G;

    public float Margin => 3 * G;
}
