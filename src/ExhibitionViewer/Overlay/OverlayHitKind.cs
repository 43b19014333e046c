namespace ExhibitionViewer.Overlay;

/// <summary>What a tap or click on the overlay landed on.</summary>
public enum OverlayHitKind
{
    /// <summary>Nothing of the overlay: the panorama itself (drag, or a tap that does nothing).</summary>
    None,
    /// <summary>A hotspot marker or its label; <see cref="OverlayHit.Id"/> is the hotspot id.</summary>
    Hotspot,
    /// <summary>The close button of an open panel.</summary>
    PanelClose,
    /// <summary>Inside an open panel (scrolls, does not close).</summary>
    PanelInside,
    /// <summary>Outside an open panel: closes it.</summary>
    PanelOutside,
    /// <summary>A language button; <see cref="OverlayHit.Id"/> is the language code.</summary>
    Language,
}
