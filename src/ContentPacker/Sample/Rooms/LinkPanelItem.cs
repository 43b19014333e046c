using ContentPacker.Sample.Content;

namespace ContentPacker.Sample.Rooms;

/// <summary>A panel pointing at a web address (shown by the kiosk as a QR code); (U, V) is its centre.</summary>
internal sealed record LinkPanelItem(Wall Wall, double U, double V, string Url, Text Heading, Text Label)
    : WallItem(Wall, U, V)
{
    public const double Width = 2.4;
    public const double Height = 1.5;
}
