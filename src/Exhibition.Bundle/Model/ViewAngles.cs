namespace Exhibition.Bundle.Model;

/// <summary>A view direction and zoom in Pannellum's conventions: degrees, positive yaw turns right, positive pitch looks up.</summary>
/// <param name="Yaw">Horizontal angle, -180..180; 0 is the centre column of the equirectangular source.</param>
/// <param name="Pitch">Vertical angle, -90..90.</param>
/// <param name="Hfov">Horizontal field of view.</param>
public readonly record struct ViewAngles(double Yaw, double Pitch, double Hfov);
