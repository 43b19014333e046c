using Exhibition.Bundle.Model;
using ExhibitionViewer.App;

namespace ExhibitionViewer.Touring;

/// <summary>Hotspot activation and moving between scenes.</summary>
public sealed partial class TourPlayer
{
    /// <summary>Activates a hotspot of the current scene by id; returns whether something happened.</summary>
    public bool Activate(string hotspotId)
    {
        ArgumentNullException.ThrowIfNull(hotspotId);
        var hotspot = Scene.Hotspots.FirstOrDefault(h => h.Id == hotspotId);
        if (hotspot is null)
        {
            log.Warning("No hotspot {Hotspot} in scene {Scene}", hotspotId, Scene.Id);
            return false;
        }

        try
        {
            return ActivateCore(hotspot);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A boundary: whatever a bad bundle does, the kiosk keeps running and the visitor sees a calm line.
            log.Error(e, "Activating hotspot {Hotspot} ({Kind}) in scene {Scene} failed", hotspot.Id, hotspot.Kind, Scene.Id);
            ReportUnavailable();
            return false;
        }
    }

    /// <summary>Goes to a scene, entering with <paramref name="view"/> or the scene's initial view; returns false for an unknown scene.</summary>
    public bool GoTo(string sceneId, ViewAngles? view = null)
    {
        ArgumentNullException.ThrowIfNull(sceneId);
        var scene = Tour.FindScene(sceneId);
        if (scene is null)
        {
            log.Warning("No scene {Scene} to go to from {From}", sceneId, Scene.Id);
            return false;
        }

        history.Push((Scene, Camera.View));
        Enter(scene, view ?? scene.InitialView);
        return true;
    }

    /// <summary>Goes back to the scene visited before this one; returns false at the start of the visit.</summary>
    public bool GoBack()
    {
        if (!history.TryPop(out var previous))
        {
            return false;
        }

        Enter(previous.Scene, previous.View);
        return true;
    }

    private bool ActivateCore(Hotspot hotspot)
    {
        log.Information("Hotspot {Hotspot} ({Kind}) activated in scene {Scene}", hotspot.Id, hotspot.Kind, Scene.Id);
        switch (hotspot.Kind)
        {
            case HotspotKind.Scene or HotspotKind.Video:
                return hotspot.Target is { } target && GoTo(target, hotspot.TargetView)
                    || Fail($"hotspot {hotspot.Id} leads to no known scene ('{hotspot.Target}')");
            case HotspotKind.CaseStudy:
                return OpenCaseStudy(hotspot.Target ?? "");
            case HotspotKind.Link when !string.IsNullOrEmpty(hotspot.Url):
                ClosePanel();
                Link = new Overlay.LinkPanel(hotspot.Label.In(Language, Tour.Languages.FirstOrDefault()), hotspot.Url);
                return true;
            default:
                return Fail($"hotspot {hotspot.Id} of kind {hotspot.Kind} has nothing to show");
        }
    }

    private bool Fail(string reason) => throw new InvalidDataException(reason);

    private void Enter(Scene scene, ViewAngles view)
    {
        var from = (Scene, Camera.Projection);
        ClosePanel();
        focusedId = null;
        Scene = scene;
        Camera = CameraFor(scene, view, Camera.Projection.Width, Camera.Projection.Height);
        SceneVersion++;
        messageSecondsLeft = null;
        Message = null;
        VideoSeconds = null;
        Transition = Tour.TransitionSeconds > 0 ? new SceneTransition(from.Scene, from.Projection, Tour.TransitionSeconds) : null;
        log.Information("Entered scene {Scene} at view {View}", scene.Id, Camera.View);
    }

    /// <summary>Whether the current scene is a video scene.</summary>
    public bool IsVideoScene => Scene.Video is not null;

    /// <summary>
    /// On a video scene, the time the video is at (set by whoever plays it, each frame), so hotspots with a time range
    /// show only during it; null before the video starts (treated as its start).
    /// </summary>
    public double? VideoSeconds { get; set; }

    /// <summary>Leaves a video scene the way its "back" does: to the scene before it, else to the tour's first scene.</summary>
    public bool LeaveVideo() =>
        IsVideoScene && (GoBack() || (Scene.Id != Tour.FirstScene && GoTo(Tour.FirstScene)));

    private byte[] Read(string path) => content.ReadEntry(path);

    private static bool IsReadError(Exception e) => ContentOpener.IsContentError(e);
}
