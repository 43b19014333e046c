using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>Where one hotspot marker and its label pill are drawn (and hit).</summary>
internal readonly record struct MarkerLayout(HotspotMarker Marker, SKPoint Centre, float Radius, SKRect Label, string LabelText)
{
    /// <summary>The disc, with a little slack for fingers, or the label.</summary>
    public bool Contains(SKPoint point, float slack)
    {
        var dx = point.X - Centre.X;
        var dy = point.Y - Centre.Y;
        var reach = Radius + slack;
        return dx * dx + dy * dy <= reach * reach || Label.Contains(point);
    }
}
