using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Overlay;

/// <summary>Everything the 2D overlay draws over the panorama in one frame; built by the tour each frame.</summary>
public sealed record OverlayScene
{
    /// <summary>The language the visitor chose.</summary>
    public required string Language { get; init; }

    /// <summary>The languages offered; a switch is shown when there are several.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The scene title, shown discreetly.</summary>
    public required string SceneTitle { get; init; }

    /// <summary>Hotspot markers; those behind the viewer or off screen have a null position and are not drawn.</summary>
    public IReadOnlyList<HotspotMarker> Hotspots { get; init; } = [];

    /// <summary>The open case-study panel, if any.</summary>
    public CaseStudyPanel? Panel { get; init; }

    /// <summary>The open link panel (a QR code), if any.</summary>
    public LinkPanel? Link { get; init; }

    /// <summary>A calm message for the visitor (e.g. "This part of the exhibition is resting"), if any.</summary>
    public string? Message { get; init; }

    /// <summary>Opacity of the whole overlay, 0..1, for fades during scene changes.</summary>
    public float Opacity { get; init; } = 1;
}

/// <summary>One hotspot as drawn: where, what it says, and whether it has the keyboard focus.</summary>
public sealed record HotspotMarker(string Id, HotspotKind Kind, string Label, ExhibitionViewer.Viewing.ScreenPoint? Position, bool Focused);

/// <summary>An open case study: its texts in the chosen language, its Markdown body, its image (JPEG bytes) and scroll offset in pixels.</summary>
public sealed record CaseStudyPanel(string Id, string Title, string Role, string Industry, string MarkdownBody, byte[]? Image, float Scroll);

/// <summary>An open link: its label and address, shown as a QR code.</summary>
public sealed record LinkPanel(string Label, string Url);
