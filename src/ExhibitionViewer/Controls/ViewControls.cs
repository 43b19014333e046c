using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Controls;

/// <summary>
/// Turns input into camera changes: drag (mouse or one finger) makes the scene follow the pointer and glides on
/// after a release while moving; the wheel, +/- and a two-finger pinch zoom; arrow keys turn while held; after a
/// while without input the view turns slowly by itself. No GL, so it is tested with plain events.
/// </summary>
public sealed partial class ViewControls
{
    /// <summary>Degrees per second the arrow keys turn at hfov 90 (scaled with hfov so zoomed-in turning stays usable).</summary>
    public const double KeyTurnRate = 60;

    /// <summary>hfov factor per wheel notch or per 1/10 s of a held +/- key.</summary>
    public const double ZoomStep = 0.9;

    private readonly HashSet<int> held = [];
    private readonly Inertia inertia = new();
    private readonly DragVelocity velocity = new();
    private Camera camera;
    private double clock;

    /// <summary>Controls <paramref name="camera"/>.</summary>
    public ViewControls(Camera camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        this.camera = camera;
    }

    /// <summary>The camera being controlled; setting it (a new scene) drops any drag, pinch or glide in progress.</summary>
    public Camera Camera
    {
        get => camera;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            camera = value;
            CancelGestures();
        }
    }

    /// <summary>Seconds without input after which the view turns by itself; infinity for never.</summary>
    public double AutoRotateAfterSeconds { get; set; } = double.PositiveInfinity;

    /// <summary>Auto-rotation speed in degrees per second (negative turns left).</summary>
    public double AutoRotateDegreesPerSecond { get; set; }

    /// <summary>Seconds since the last input.</summary>
    public double IdleSeconds { get; private set; }

    /// <summary>Whether a drag or pinch is in progress.</summary>
    public bool IsGesturing => mouseDragging || dragFinger is not null || pinch is not null;

    /// <summary>The glide after a release (for tests and diagnostics).</summary>
    public Inertia Inertia => inertia;

    /// <summary>Applies one event.</summary>
    public void Handle(InputEvent e)
    {
        if (e.Kind is not (InputEventKind.Quit or InputEventKind.Resized))
        {
            IdleSeconds = 0;
        }

        if (!HandlePointer(e))
        {
            HandleOther(e);
        }
    }

    /// <summary>Counts as input for auto-rotation without moving the view (e.g. Tab between hotspots).</summary>
    public void NoteActivity() => IdleSeconds = 0;

    /// <summary>Forgets keys held and stops any gesture (e.g. when a panel takes the input).</summary>
    public void CancelGestures()
    {
        mouseDragging = false;
        dragFinger = null;
        pinch = null;
        fingers.Clear();
        held.Clear();
        inertia.Stop();
        velocity.Clear();
        camera.EndDrag();
    }

    private void HandleOther(InputEvent e)
    {
        switch (e.Kind)
        {
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

    private bool Held(int key) => held.Contains(key);
}
