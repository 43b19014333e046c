using ContentPacker.Sample.Content;

namespace ContentPacker.Sample.Rooms;

/// <summary>A wall screen that opens a video scene; (U, V) is the screen's centre.</summary>
internal sealed record ScreenItem(Wall Wall, double U, double V, string VideoScene, Text Caption, Text Label)
    : WallItem(Wall, U, V)
{
    public const double Width = 2.2;
    public const double Height = 1.24;
}
