using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Controls;

/// <summary>
/// Turns input into camera changes: drag (mouse or one finger) makes the scene follow the pointer, the wheel and
/// +/- zoom, arrow keys turn while held. No GL, so it is tested with plain events.
/// </summary>
public sealed class ViewControls
{
    /// <summary>Degrees per second the arrow keys turn at hfov 90 (scaled with hfov so zoomed-in turning stays usable).</summary>
    public const double KeyTurnRate = 60;

    /// <summary>hfov factor per wheel notch or per 1/10 s of a held +/- key.</summary>
    public const double ZoomStep = 0.9;

    private readonly Camera camera;
    private readonly HashSet<int> held = [];
    private long? dragFinger;
    private bool mouseDragging;

    /// <summary>Controls <paramref name="camera"/>.</summary>
    public ViewControls(Camera camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        this.camera = camera;
    }

    /// <summary>Applies one event.</summary>
    public void Handle(InputEvent e)
    {
        var size = (W: camera.Projection.Width, H: camera.Projection.Height);
        switch (e.Kind)
        {
            case InputEventKind.PointerDown when e.Id == 1 && dragFinger is null:
                mouseDragging = true;
                camera.BeginDrag(new ScreenPoint(e.X, e.Y));
                break;
            case InputEventKind.PointerMove when mouseDragging:
                camera.DragTo(new ScreenPoint(e.X, e.Y));
                break;
            case InputEventKind.PointerUp when e.Id == 1:
                mouseDragging = false;
                camera.EndDrag();
                break;
            case InputEventKind.FingerDown when dragFinger is null && !mouseDragging:
                dragFinger = e.Id;
                camera.BeginDrag(new ScreenPoint(e.X * size.W, e.Y * size.H));
                break;
            case InputEventKind.FingerMove when dragFinger == e.Id:
                camera.DragTo(new ScreenPoint(e.X * size.W, e.Y * size.H));
                break;
            case InputEventKind.FingerUp when dragFinger == e.Id:
                dragFinger = null;
                camera.EndDrag();
                break;
            case InputEventKind.Wheel:
                camera.ZoomBy(Math.Pow(ZoomStep, e.Y));
                break;
            case InputEventKind.KeyDown:
                held.Add(e.Key);
                break;
            case InputEventKind.KeyUp:
                held.Remove(e.Key);
                break;
        }
    }

    /// <summary>Advances held-key turning and zooming by <paramref name="seconds"/>.</summary>
    public void Update(double seconds)
    {
        var rate = KeyTurnRate * camera.View.Hfov / 90 * seconds;
        var yaw = (Held(Keys.Right) ? rate : 0) - (Held(Keys.Left) ? rate : 0);
        var pitch = (Held(Keys.Up) ? rate : 0) - (Held(Keys.Down) ? rate : 0);
        if (yaw != 0 || pitch != 0)
        {
            camera.RotateBy(yaw, pitch);
        }

        var zoomIn = Held(Keys.Plus) || Held(Keys.EqualsSign) || Held(Keys.KeypadPlus);
        var zoomOut = Held(Keys.Minus) || Held(Keys.KeypadMinus);
        if (zoomIn != zoomOut)
        {
            camera.ZoomBy(Math.Pow(ZoomStep, (zoomIn ? 10 : -10) * seconds));
        }
    }

    private bool Held(int key) => held.Contains(key);
}
