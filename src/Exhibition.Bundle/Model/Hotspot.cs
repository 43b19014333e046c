namespace Exhibition.Bundle.Model;

/// <summary>A marker at a yaw/pitch in a scene that visitors can activate.</summary>
public sealed record Hotspot
{
    /// <summary>Id unique within its scene.</summary>
    public required string Id { get; init; }

    /// <summary>What it does.</summary>
    public required HotspotKind Kind { get; init; }

    /// <summary>Yaw of the marker, degrees.</summary>
    public required double Yaw { get; init; }

    /// <summary>Pitch of the marker, degrees.</summary>
    public required double Pitch { get; init; }

    /// <summary>Label shown beside the marker.</summary>
    public required LocalizedText Label { get; init; }

    /// <summary>The scene (kinds Scene and Video) or case study (kind CaseStudy) it leads to.</summary>
    public string? Target { get; init; }

    /// <summary>For kinds Scene and Video: the view to enter the target with, instead of its initial view.</summary>
    public ViewAngles? TargetView { get; init; }

    /// <summary>For kind Link: the address shown as a QR code.</summary>
    public string? Url { get; init; }

    /// <summary>On video scenes: the hotspot is shown only from this time, in seconds.</summary>
    public double? ShowFrom { get; init; }

    /// <summary>On video scenes: the hotspot is shown only until this time, in seconds.</summary>
    public double? ShowUntil { get; init; }
}
