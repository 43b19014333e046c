using Exhibition.Bundle.Model;

namespace ExhibitionViewer.KioskMode;

/// <summary>The kiosk behaviour in force: the bundle's settings with this machine's overrides applied.</summary>
internal sealed record KioskRuntime
{
    public required double IdleTimeoutSeconds { get; init; }

    public bool ReducedMotion { get; init; }

    public PinHash? AdminPin { get; init; }

    public string? ExportFolder { get; init; }

    /// <summary>Degrees a second the attract loop turns (slow: a full turn takes two minutes at 3°/s).</summary>
    public double AttractDegreesPerSecond { get; init; } = 3;

    /// <summary>How long each attract scene is shown before the next.</summary>
    public double AttractSceneSeconds { get; init; } = 40;

    /// <summary>How long the thank-you screen stays before the kiosk returns to the attract loop.</summary>
    public double ThankYouSeconds { get; init; } = 30;

    public static KioskRuntime From(KioskSettings bundle, KioskConfig machine)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(machine);
        return new KioskRuntime
        {
            IdleTimeoutSeconds = machine.IdleTimeoutSeconds is { } t && t > 0 ? t : bundle.IdleTimeoutSeconds,
            ReducedMotion = machine.ReducedMotion,
            AdminPin = machine.AdminPin,
            ExportFolder = machine.ExportFolder,
            AttractDegreesPerSecond = Math.Abs(bundle.AutoRotateDegreesPerSecond) > 0 ? bundle.AutoRotateDegreesPerSecond : 3,
        };
    }
}
