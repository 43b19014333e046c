using ContentPacker.Media.Panorama;
using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>One authored scene; exactly one of <paramref name="Panorama"/> and <paramref name="Video"/> is set.</summary>
/// <param name="Id">Stable scene id.</param>
/// <param name="Title">Title shown to visitors.</param>
/// <param name="Panorama">The panorama source (equirectangular or cube faces), absolute paths; null for a video scene.</param>
/// <param name="Video">The video source; null for a panorama scene.</param>
/// <param name="View">Initial view (default yaw 0, pitch 0, hfov 100).</param>
/// <param name="Limits">View limits (default <see cref="ViewLimits.Full"/>).</param>
/// <param name="NorthOffset">Compass bearing of yaw 0.</param>
/// <param name="Hotspots">Hotspots in authoring order, yaw normalised to -180..180.</param>
public sealed record AuthoredScene(
    string Id,
    LocalizedText Title,
    PanoramaSource? Panorama,
    AuthoredVideo? Video,
    ViewAngles View,
    ViewLimits Limits,
    double NorthOffset,
    IReadOnlyList<Hotspot> Hotspots);
