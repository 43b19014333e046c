using ContentPacker.Sample.Content;

namespace ContentPacker.Sample.Rooms;

/// <summary>Large lettering straight on the wall, no hotspot; (U, V) is the centre of its first line.</summary>
internal sealed record NoticeItem(Wall Wall, double U, double V, Text Words) : WallItem(Wall, U, V);
