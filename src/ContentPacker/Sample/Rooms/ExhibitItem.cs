using ContentPacker.Sample.Art;
using ContentPacker.Sample.Content;

namespace ContentPacker.Sample.Rooms;

/// <summary>A framed painting with a caption plate; (U, V) is the painting's centre, where its hotspot sits.</summary>
internal sealed record ExhibitItem(Wall Wall, double U, double V, Illustration Art, Text Caption, string CaseStudy, Text Label)
    : WallItem(Wall, U, V)
{
    public const double PaintingWidth = 1.9;
    public const double PaintingHeight = 1.33;
    public const double CaptionHeight = 0.42;
    public const double Border = 0.07;
    public const double Separator = 0.05;
}
