using Exhibition.Bundle.Model;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Touring;

/// <summary>The overlay description and the keyboard focus that moves through visible hotspots.</summary>
public sealed partial class TourPlayer
{
    private string? focusedId;

    /// <summary>The hotspot with the keyboard focus, or null.</summary>
    public string? FocusedHotspot => focusedId;

    /// <summary>An extra line of text (the author read-out) shown when there is no other message.</summary>
    public string? Note { get; set; }

    /// <summary>The hotspots on screen, in screen order (left to right, then top to bottom).</summary>
    public List<HotspotMarker> VisibleMarkers() =>
        [.. Markers().Where(m => m.Position is not null).OrderBy(m => m.Position!.Value.X).ThenBy(m => m.Position!.Value.Y)];

    /// <summary>Moves the focus to the next (or previous) visible hotspot, wrapping; returns the focused id.</summary>
    public string? MoveFocus(bool backwards)
    {
        var visible = VisibleMarkers();
        if (visible.Count == 0)
        {
            focusedId = null;
            return null;
        }

        var index = visible.FindIndex(m => m.Id == focusedId);
        index = index < 0 ? (backwards ? visible.Count - 1 : 0) : (index + (backwards ? -1 : 1) + visible.Count) % visible.Count;
        focusedId = visible[index].Id;
        return focusedId;
    }

    /// <summary>Activates the focused hotspot; false if none has the focus.</summary>
    public bool ActivateFocused() => focusedId is { } id && Activate(id);

    /// <summary>What the overlay should draw now.</summary>
    public OverlayScene BuildOverlay() => new()
    {
        Language = Language,
        Languages = Tour.Languages,
        SceneTitle = Scene.Title.In(Language, Tour.Languages.FirstOrDefault()),
        Hotspots = Markers(),
        Panel = Panel,
        Link = Link,
        Message = Message ?? Note,
        Opacity = (float)(Transition?.Progress ?? 1),
    };

    private List<HotspotMarker> Markers()
    {
        var projection = Camera.Projection;
        return [.. Scene.Hotspots.Where(ShowsNow).Select(h => new HotspotMarker(h.Id, h.Kind, h.Label.In(Language, Tour.Languages.FirstOrDefault()),
            projection.AnglesToScreen(h.Yaw, h.Pitch) is { } p && OnScreen(p) ? p : null, h.Id == focusedId))];
    }

    // A video scene's hotspot may show only during part of the video.
    private bool ShowsNow(Hotspot hotspot) => !IsVideoScene || ExhibitionViewer.Video.VideoPlayback.IsVisibleAt(hotspot, VideoSeconds ?? 0);

    private bool OnScreen(ScreenPoint p) =>
        p.X >= 0 && p.Y >= 0 && p.X <= Camera.Projection.Width && p.Y <= Camera.Projection.Height;
}
