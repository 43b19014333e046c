using ExhibitionViewer.Platform;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// Notices the admin gesture: a press held still for <see cref="HoldSeconds"/> in the top-left corner, or
/// Ctrl+Alt+Shift+A. Visitors do neither by accident; both are easy for staff who know.
/// </summary>
internal sealed class AdminGesture
{
    public const double HoldSeconds = 3;

    public const int KeyA = 'a';

    private const int LeftCtrl = 0x400000E0;
    private const int LeftAlt = 0x400000E2;
    private const int RightCtrl = 0x400000E4;
    private const int RightAlt = 0x400000E6;
    private readonly HashSet<int> held = [];
    private double? heldFor;

    /// <summary>Feeds one key or pointer event; <paramref name="inCorner"/> says whether a press is in the corner.
    /// Returns true when the chord completes.</summary>
    public bool Handle(InputEvent e, bool inCorner)
    {
        switch (e.Kind)
        {
            case InputEventKind.KeyDown:
                held.Add(e.Key);
                return e.Key == KeyA && (held.Contains(LeftCtrl) || held.Contains(RightCtrl))
                    && (held.Contains(LeftAlt) || held.Contains(RightAlt))
                    && (held.Contains(Keys.LeftShift) || held.Contains(Keys.RightShift));
            case InputEventKind.KeyUp:
                held.Remove(e.Key);
                return false;
            case InputEventKind.PointerDown or InputEventKind.FingerDown:
                heldFor = inCorner ? 0 : null;
                return false;
            case InputEventKind.PointerMove or InputEventKind.FingerMove when !inCorner:
            case InputEventKind.PointerUp or InputEventKind.FingerUp:
                heldFor = null;
                return false;
            default:
                return false;
        }
    }

    /// <summary>Advances the long-press timer; true once the press has been held long enough (then it resets).</summary>
    public bool Update(double seconds)
    {
        if (heldFor is not { } t)
        {
            return false;
        }

        heldFor = t + seconds;
        if (heldFor < HoldSeconds)
        {
            return false;
        }

        heldFor = null;
        return true;
    }
}
