namespace ContentPacker.Sample.Rooms;

/// <summary>The painted surfaces of one room: four walls, then floor and ceiling seen from the centre.</summary>
/// <param name="Walls">Front, right, back, left, each <see cref="RoomGeometry.WallWidth"/> by <see cref="RoomGeometry.WallHeight"/>.</param>
/// <param name="Floor">Seen from above with the front wall at the top.</param>
/// <param name="Ceiling">Seen from below with the front wall at the bottom.</param>
internal sealed record RoomTextures(IReadOnlyList<Texture> Walls, Texture Floor, Texture Ceiling);
