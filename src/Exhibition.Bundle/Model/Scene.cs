namespace Exhibition.Bundle.Model;

/// <summary>One place in the tour: a panorama or a 360° video. Exactly one of <see cref="Panorama"/> and <see cref="Video"/> is set.</summary>
public sealed record Scene
{
    /// <summary>Stable scene id.</summary>
    public required string Id { get; init; }

    /// <summary>Title shown to visitors.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The view when the scene is entered without a hotspot target view.</summary>
    public ViewAngles InitialView { get; init; } = new(0, 0, 100);

    /// <summary>Limits on yaw, pitch and field of view.</summary>
    public ViewLimits Limits { get; init; } = ViewLimits.Full;

    /// <summary>Degrees to add to yaw to get compass bearing, as Pannellum's <c>northOffset</c>.</summary>
    public double NorthOffset { get; init; }

    /// <summary>Hotspots in authoring order.</summary>
    public IReadOnlyList<Hotspot> Hotspots { get; init; } = [];

    /// <summary>The cube-map tile pyramid, for panorama scenes.</summary>
    public CubePyramid? Panorama { get; init; }

    /// <summary>The equirectangular video, for video scenes.</summary>
    public VideoMedia? Video { get; init; }
}
