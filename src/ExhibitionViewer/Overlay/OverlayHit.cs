namespace ExhibitionViewer.Overlay;

/// <summary>The result of hit-testing a screen point against the overlay.</summary>
/// <param name="Kind">What was hit.</param>
/// <param name="Id">The hotspot id or language code, for those kinds.</param>
public readonly record struct OverlayHit(OverlayHitKind Kind, string? Id = null)
{
    /// <summary>Nothing was hit.</summary>
    public static OverlayHit None { get; } = new(OverlayHitKind.None);
}
