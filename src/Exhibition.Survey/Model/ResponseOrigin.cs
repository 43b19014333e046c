namespace Exhibition.Survey.Model;

/// <summary>Where responses come from: the bundle that asks and the kiosk that stores.</summary>
/// <param name="BundleId">The bundle (exhibition) id.</param>
/// <param name="BundleVersion">The bundle version.</param>
/// <param name="KioskId">The kiosk's random id.</param>
public readonly record struct ResponseOrigin(string BundleId, string BundleVersion, string KioskId);
