namespace Exhibition.Bundle.Model;

/// <summary>
/// Cube faces, named and oriented as Pannellum's cube maps: front looks at yaw 0, right at yaw 90, back at 180,
/// left at -90; up and down have the front face's top edge / bottom edge against front.
/// </summary>
public enum CubeFace
{
    /// <summary>Yaw 0.</summary>
    Front,
    /// <summary>Yaw 90.</summary>
    Right,
    /// <summary>Yaw 180.</summary>
    Back,
    /// <summary>Yaw -90.</summary>
    Left,
    /// <summary>Pitch 90.</summary>
    Up,
    /// <summary>Pitch -90.</summary>
    Down,
}
