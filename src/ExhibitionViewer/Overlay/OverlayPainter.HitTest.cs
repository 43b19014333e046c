using SkiaSharp;

namespace ExhibitionViewer.Overlay;

public sealed partial class OverlayPainter
{
    private OverlayHit HitTestCore(OverlayScene scene, SKPoint point, int width, int height)
    {
        if (scene.Opacity <= 0)
        {
            return OverlayHit.None;
        }

        var layout = Layout(scene, width, height);
        var slack = layout.Metrics.G;
        if (layout.Link is { } link)
        {
            return PanelHit(link.Card, link.Close, point, slack);
        }

        if (layout.CaseStudy is { } panel)
        {
            return PanelHit(panel.Card, panel.Close, point, slack);
        }

        foreach (var button in layout.Languages)
        {
            if (button.Bounds.Contains(point))
            {
                return new OverlayHit(OverlayHitKind.Language, button.Code);
            }
        }

        for (var i = layout.Markers.Count - 1; i >= 0; i--)
        {
            if (layout.Markers[i].Contains(point, slack))
            {
                return new OverlayHit(OverlayHitKind.Hotspot, layout.Markers[i].Marker.Id);
            }
        }

        return OverlayHit.None;
    }

    private static OverlayHit PanelHit(SKRectI card, SKRect close, SKPoint point, float slack)
    {
        var closeArea = close;
        closeArea.Inflate(slack, slack);
        if (closeArea.Contains(point))
        {
            return new OverlayHit(OverlayHitKind.PanelClose);
        }

        return new OverlayHit(card.Contains((int)MathF.Floor(point.X), (int)MathF.Floor(point.Y)) ? OverlayHitKind.PanelInside : OverlayHitKind.PanelOutside);
    }
}
