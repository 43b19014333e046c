namespace Exhibition.Bundle.Model;

/// <summary>Kiosk behaviour chosen by the exhibition team; a machine's own configuration may override some of it.</summary>
public sealed record KioskSettings
{
    /// <summary>Seconds without input after which a visit ends.</summary>
    public double IdleTimeoutSeconds { get; init; } = 90;

    /// <summary>Scenes shown in turn by the attract loop.</summary>
    public IReadOnlyList<string> AttractScenes { get; init; } = [];

    /// <summary>Auto-rotation speed in degrees per second (negative turns left).</summary>
    public double AutoRotateDegreesPerSecond { get; init; } = 3;

    /// <summary>Seconds without input before auto-rotation starts during a visit.</summary>
    public double AutoRotateAfterSeconds { get; init; } = 20;

    /// <summary>The careers link shown as a QR code at the end of a visit.</summary>
    public string? CareersLink { get; init; }

    /// <summary>A scene whose end (or whose visit) offers the survey; null for none.</summary>
    public string? LastScene { get; init; }
}
