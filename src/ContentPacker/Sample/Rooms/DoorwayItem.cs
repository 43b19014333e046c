using ContentPacker.Sample.Content;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

/// <summary>
/// An opening to another room with a lit sign above it; (U, V) is the opening's centre.
/// <paramref name="EnterYaw"/> is the way a visitor faces on arriving.
/// </summary>
internal sealed record DoorwayItem(Wall Wall, double U, string Target, Text Name, SKColor TargetAccent, double EnterYaw)
    : WallItem(Wall, U, RoomGeometry.WallHeight - (Height / 2))
{
    public const double Width = 1.6;
    public const double Height = 2.7;
}
