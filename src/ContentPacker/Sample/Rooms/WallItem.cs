namespace ContentPacker.Sample.Rooms;

/// <summary>Something painted on a wall, centred at (<paramref name="U"/>, <paramref name="V"/>) in wall metres.</summary>
internal abstract record WallItem(Wall Wall, double U, double V);
