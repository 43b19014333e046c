using ExhibitionViewer.Overlay;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;
using Serilog;

namespace ExhibitionViewer.Touring;

/// <summary>Taps, the author read-out, and panel scrolling.</summary>
public sealed partial class TourInput
{
    /// <summary>Pixels a wheel notch scrolls an open panel.</summary>
    public const float ScrollPerNotch = 48;

    private readonly HashSet<long> fingersDown = [];
    private int authorCount;

    private void HandlePointer(InputEvent e)
    {
        var size = (W: player.Camera.Projection.Width, H: player.Camera.Projection.Height);
        var point = e.Kind is InputEventKind.FingerDown or InputEventKind.FingerUp or InputEventKind.FingerMove
            ? new ScreenPoint(e.X * size.W, e.Y * size.H)
            : new ScreenPoint(e.X, e.Y);
        switch (e.Kind)
        {
            case InputEventKind.PointerDown when e.Id == 1:
                pressedAt = point;
                break;
            case InputEventKind.FingerDown:
                // A second finger makes it a pinch, never a tap.
                pressedAt = fingersDown.Count == 0 ? point : null;
                fingersDown.Add(e.Id);
                break;
            case InputEventKind.PointerUp when e.Id == 1:
            case InputEventKind.FingerUp:
                var tap = pressedAt is { } start && start.DistanceTo(point) <= TapSlop;
                pressedAt = null;
                fingersDown.Remove(e.Id);
                if (tap)
                {
                    // The view sees the release first, so the tiny drag of a tap ends before any scene change.
                    Forward(e);
                    Tap(point);
                    return;
                }

                break;
            case InputEventKind.PointerMove when AuthorMode:
                var (yaw, pitch) = player.Camera.Projection.ScreenToAngles(point);
                player.Note = $"yaw {Format(yaw)}  pitch {Format(pitch)}";
                break;
            case InputEventKind.Wheel when player.HasPanel:
                player.ScrollPanel((float)(-e.Y * ScrollPerNotch), overlay.MaxScroll(player.BuildOverlay(), size.W, size.H));
                return;
        }

        Forward(e);
    }

    // While a panel is open it takes the pointer: the panorama behind it does not move.
    private void Forward(InputEvent e)
    {
        if (!player.HasPanel)
        {
            controls.Handle(e);
        }
    }

    private void Tap(ScreenPoint point)
    {
        var size = player.Camera.Projection;
        if (AuthorMode)
        {
            PrintHotspotLine(point);
            return;
        }

        var hit = overlay.HitTest(player.BuildOverlay(), point, size.Width, size.Height);
        Log.Debug("Tap at {Point} hit {Hit}", point, hit);
        switch (hit.Kind)
        {
            case OverlayHitKind.Hotspot when hit.Id is not null:
                player.Activate(hit.Id);
                break;
            case OverlayHitKind.PanelClose or OverlayHitKind.PanelOutside:
                player.ClosePanel();
                break;
            case OverlayHitKind.Language when hit.Id is not null:
                player.SetLanguage(hit.Id);
                break;
            case OverlayHitKind.None when player.IsVideoScene:
                if (Video is { } video)
                {
                    video.TapScene();
                }
                else
                {
                    player.GoBack();
                }

                break;
        }
    }

    private void PrintHotspotLine(ScreenPoint point)
    {
        var (yaw, pitch) = player.Camera.Projection.ScreenToAngles(point);
        var language = player.Tour.Languages.FirstOrDefault() ?? "en";
        authorCount++;
        AuthorOutput($"- {{id: hotspot-{authorCount}, yaw: {Format(yaw)}, pitch: {Format(pitch)}, scene: TODO, label: {{{language}: TODO}}}}");
    }
}
