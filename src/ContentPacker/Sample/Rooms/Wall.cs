namespace ContentPacker.Sample.Rooms;

/// <summary>A wall of the box room, named by where it stands when looking at yaw 0.</summary>
internal enum Wall
{
    Front,
    Right,
    Back,
    Left,
}
