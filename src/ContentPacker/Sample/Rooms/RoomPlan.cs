using ContentPacker.Sample.Content;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

/// <summary>One room of the sample: its id and title, accent colour, big front-wall sign and what hangs on its walls.</summary>
internal sealed record RoomPlan(string Id, Text Title, SKColor Accent, Text Sign, IReadOnlyList<WallItem> Items, bool AsCube = false);
