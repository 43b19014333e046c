namespace Exhibition.Bundle.Model;

/// <summary>What a hotspot does when activated.</summary>
public enum HotspotKind
{
    /// <summary>Go to another panorama scene.</summary>
    Scene,
    /// <summary>Open a case-study panel.</summary>
    CaseStudy,
    /// <summary>Go to a video scene and play it.</summary>
    Video,
    /// <summary>Show a link as a QR code.</summary>
    Link,
}
