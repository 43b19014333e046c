namespace Exhibition.Bundle.Model;

/// <summary>The part of the sphere a partial panorama covers, in degrees, centred as Pannellum's
/// <c>haov</c>/<c>vaov</c>/<c>vOffset</c> describe it.</summary>
/// <param name="HorizontalAngle">Horizontal angle of view (haov), up to 360.</param>
/// <param name="VerticalAngle">Vertical angle of view (vaov), up to 180.</param>
/// <param name="VerticalOffset">Pitch of the image's centre row (vOffset).</param>
public readonly record struct PanoramaExtent(double HorizontalAngle, double VerticalAngle, double VerticalOffset);
