namespace ExhibitionViewer.Overlay;

/// <summary>A Markdown body laid out for one width: everything to draw, and how tall it is.</summary>
internal sealed class BodyLayout
{
    public List<PlacedText> Texts { get; } = [];

    public List<PlacedShape> Shapes { get; } = [];

    public List<PlacedQr> Qrs { get; } = [];

    public float Height { get; set; }
}
