using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Scripting;

/// <summary>Gestures that span frames: drags, pinches, taps and keys.</summary>
public sealed partial class ScriptPlayer
{
    private const long PinchFingerA = 101;
    private const long PinchFingerB = 102;
    private const double PinchStartSpread = 100;
    private ScreenPoint tapPoint;
    private double holdStart;

    private bool Drag(ScriptCommand c, ScriptFrame frame, ICollection<InputEvent> sink)
    {
        var n = c.Numbers;
        var finger = c.Verb == "swipe";
        var t = n[4] <= 0 ? 1 : Math.Min(elapsed / n[4], 1);
        var at = new ScreenPoint(n[0] + (n[2] - n[0]) * t, n[1] + (n[3] - n[1]) * t);
        switch (phase)
        {
            case 0:
                sink.Add(Pointer(InputEventKind.PointerDown, new ScreenPoint(n[0], n[1]), finger, frame));
                phase = 1;
                return false;
            case 1:
                sink.Add(Pointer(InputEventKind.PointerMove, at, finger, frame));
                if (t < 1)
                {
                    return false;
                }

                if (c.Verb == "fling")
                {
                    sink.Add(Pointer(InputEventKind.PointerUp, at, finger, frame));
                    return true;
                }

                phase = 2;
                holdStart = elapsed;
                return false;
            default:
                if (elapsed - holdStart < HoldBeforeRelease)
                {
                    return false;
                }

                sink.Add(Pointer(InputEventKind.PointerUp, at, finger, frame));
                return true;
        }
    }

    private bool Pinch(ScriptCommand c, ScriptFrame frame, ICollection<InputEvent> sink)
    {
        var n = c.Numbers;
        var t = n[3] <= 0 ? 1 : Math.Min(elapsed / n[3], 1);
        var half = PinchStartSpread / 2 * (1 + (n[2] - 1) * t);
        var (w, h) = (frame.Projection.Width, frame.Projection.Height);
        var kind = phase == 0 ? InputEventKind.FingerDown : InputEventKind.FingerMove;
        sink.Add(new InputEvent(kind, (n[0] - half) / w, n[1] / h, Id: PinchFingerA));
        sink.Add(new InputEvent(kind, (n[0] + half) / w, n[1] / h, Id: PinchFingerB));
        phase = 1;
        if (t < 1 || kind == InputEventKind.FingerDown)
        {
            return false;
        }

        sink.Add(new InputEvent(InputEventKind.FingerUp, (n[0] - half) / w, n[1] / h, Id: PinchFingerA));
        sink.Add(new InputEvent(InputEventKind.FingerUp, (n[0] + half) / w, n[1] / h, Id: PinchFingerB));
        return true;
    }

    private bool Tap(ScriptCommand c, ScriptFrame frame, ICollection<InputEvent> sink)
    {
        if (phase == 0)
        {
            if (c.Verb == "tap")
            {
                tapPoint = new ScreenPoint(c.Numbers[0], c.Numbers[1]);
            }
            else if (frame.Projection.AnglesToScreen(c.Numbers[0], c.Numbers[1]) is { } p
                && p.X >= 0 && p.Y >= 0 && p.X < frame.Projection.Width && p.Y < frame.Projection.Height)
            {
                tapPoint = p;
            }
            else
            {
                Fail(c, $"yaw {c.Numbers[0]} pitch {c.Numbers[1]} is not on screen at view {frame.Projection.View}");
                return true;
            }

            sink.Add(new InputEvent(InputEventKind.PointerDown, tapPoint.X, tapPoint.Y, Id: 1));
            phase = 1;
            return false;
        }

        sink.Add(new InputEvent(InputEventKind.PointerUp, tapPoint.X, tapPoint.Y, Id: 1));
        return true;
    }

    private bool Key(ScriptCommand c, ICollection<InputEvent> sink)
    {
        var codes = KeyNames.Parse(c.Text!)!;
        if (phase == 0)
        {
            foreach (var code in codes)
            {
                sink.Add(new InputEvent(InputEventKind.KeyDown, Key: code));
            }

            phase = 1;
            return false;
        }

        if (c.Verb == "hold" && elapsed < c.Numbers[0])
        {
            return false;
        }

        foreach (var code in codes.Reverse())
        {
            sink.Add(new InputEvent(InputEventKind.KeyUp, Key: code));
        }

        return true;
    }

    private static InputEvent Pointer(InputEventKind kind, ScreenPoint p, bool finger, ScriptFrame frame) => finger
        ? new InputEvent(kind switch
        {
            InputEventKind.PointerDown => InputEventKind.FingerDown,
            InputEventKind.PointerUp => InputEventKind.FingerUp,
            _ => InputEventKind.FingerMove,
        }, p.X / frame.Projection.Width, p.Y / frame.Projection.Height, Id: 1)
        : new InputEvent(kind, p.X, p.Y, Id: kind == InputEventKind.PointerMove ? 0 : 1);
}
