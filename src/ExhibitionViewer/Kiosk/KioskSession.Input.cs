using ExhibitionViewer.Platform;

namespace ExhibitionViewer.KioskMode;

/// <summary>Input: the kiosk sees every event first and says whether it kept it.</summary>
internal sealed partial class KioskSession
{
    private const double TapSlop = 24;
    private string? pressedAction;
    private (float X, float Y) pressedAt;
    private double sinceActivation = double.PositiveInfinity;

    /// <summary>Applies one event; true when the kiosk kept it (the tour must not see it).</summary>
    public bool Handle(InputEvent e)
    {
        if (e.Kind == InputEventKind.Quit)
        {
            // Alt+F4 or the window manager's close: a kiosk leaves only through the admin screen.
            log.Information("Ignoring a request to close the window (kiosk mode)");
            return true;
        }

        if (e.Kind == InputEventKind.Resized)
        {
            return false;
        }

        IdleSeconds = 0;
        var (x, y) = Point(e);
        var inCorner = KioskLayout.AdminCorner(Width, Height).Contains(x, y);
        if (gesture.Handle(e, inCorner))
        {
            EnterPinEntry();
            return true;
        }

        return e.Kind switch
        {
            InputEventKind.KeyDown or InputEventKind.KeyUp => HandleKey(e),
            InputEventKind.PointerDown or InputEventKind.FingerDown => Press(x, y, e),
            InputEventKind.PointerUp or InputEventKind.FingerUp => Release(x, y),
            InputEventKind.PointerMove or InputEventKind.FingerMove => pressedAction is not null || State != KioskState.Touring,
            _ => State != KioskState.Touring,
        };
    }

    private (float X, float Y) Point(InputEvent e) =>
        e.Kind is InputEventKind.FingerDown or InputEventKind.FingerUp or InputEventKind.FingerMove
            ? ((float)(e.X * Width), (float)(e.Y * Height))
            : ((float)e.X, (float)e.Y);

    // Escape may close a panel or leave a video scene during a visit; it never reaches the tour's "quit".
    private bool HandleKey(InputEvent e)
    {
        if (State != KioskState.Touring)
        {
            return true;
        }

        return e.Key == Keys.Escape && !player.HasPanel && !player.IsVideoScene;
    }

    private bool Press(float x, float y, InputEvent e)
    {
        if (e.Kind == InputEventKind.PointerDown && e.Id != 1)
        {
            return State != KioskState.Touring;
        }

        pressedAction = KioskLayout.Hit(Targets(), x, y);
        pressedAt = (x, y);
        return pressedAction is not null || State != KioskState.Touring;
    }

    private bool Release(float x, float y)
    {
        var pressed = pressedAction;
        pressedAction = null;
        if (pressed is null)
        {
            return State != KioskState.Touring;
        }

        var moved = MathF.Sqrt((x - pressedAt.X) * (x - pressedAt.X) + (y - pressedAt.Y) * (y - pressedAt.Y));
        if (moved <= TapSlop || KioskLayout.Hit(Targets(), x, y) == pressed)
        {
            if (sinceActivation >= DebounceSeconds)
            {
                sinceActivation = 0;
                Activate(pressed);
            }
        }

        return true;
    }

    /// <summary>Does what a tapped target says (also the way tests drive the session).</summary>
    public void Activate(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        IdleSeconds = 0;
        switch (State)
        {
            case KioskState.Attract:
                ActivateAttract(action);
                break;
            case KioskState.Touring when action == "finish":
                StartSurvey();
                break;
            case KioskState.Survey:
                ActivateSurvey(action);
                break;
            case KioskState.ThankYou when action == "done":
                EndVisit();
                break;
            case KioskState.PinEntry:
                ActivatePin(action);
                break;
            case KioskState.Admin:
                ActivateAdmin(action);
                break;
        }
    }
}
