using Exhibition.Bundle.Model;

namespace ContentPacker.Media.Panorama;

/// <summary>Where a panorama's pixels come from.</summary>
public abstract record PanoramaSource;

/// <summary>An equirectangular image; full (2:1) when <paramref name="Extent"/> is null, else partial.</summary>
public sealed record EquirectSource(string File, PanoramaExtent? Extent = null) : PanoramaSource;

/// <summary>Six square cube faces in Pannellum's naming and orientation.</summary>
public sealed record CubeFacesSource(IReadOnlyDictionary<CubeFace, string> Files) : PanoramaSource;
