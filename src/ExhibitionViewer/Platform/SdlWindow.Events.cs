namespace ExhibitionViewer.Platform;

/// <summary>Event polling, translated into <see cref="InputEvent"/>.</summary>
public sealed partial class SdlWindow
{
    private const byte WindowEventSizeChanged = 6;
    private const byte WindowEventClose = 14;

    /// <summary>Drains SDL's queue into <paramref name="sink"/>; returns how many events were delivered.</summary>
    public int PollEvents(ICollection<InputEvent> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var count = 0;
        while (Sdl.PollEvent(out var e) != 0)
        {
            if (Translate(in e) is { } input)
            {
                sink.Add(input);
                count++;
            }
        }

        return count;
    }

    internal static InputEvent? Translate(in SdlEvent e) => e.Type switch
    {
        SdlEvent.Quit => new InputEvent(InputEventKind.Quit),
        SdlEvent.WindowEvent when e.WindowEventId == WindowEventClose => new InputEvent(InputEventKind.Quit),
        SdlEvent.WindowEvent when e.WindowEventId == WindowEventSizeChanged =>
            new InputEvent(InputEventKind.Resized, e.WindowData1, e.WindowData2),
        SdlEvent.KeyDown => new InputEvent(InputEventKind.KeyDown, Key: e.KeySym),
        SdlEvent.KeyUp => new InputEvent(InputEventKind.KeyUp, Key: e.KeySym),
        SdlEvent.MouseButtonDown => new InputEvent(InputEventKind.PointerDown, e.MouseX, e.MouseY, Id: e.Button),
        SdlEvent.MouseButtonUp => new InputEvent(InputEventKind.PointerUp, e.MouseX, e.MouseY, Id: e.Button),
        SdlEvent.MouseMotion => new InputEvent(InputEventKind.PointerMove, e.MouseX, e.MouseY),
        SdlEvent.MouseWheel => new InputEvent(InputEventKind.Wheel, e.WheelX, WheelNotches(in e)),
        SdlEvent.FingerDown => new InputEvent(InputEventKind.FingerDown, e.FingerX, e.FingerY, Id: e.FingerId),
        SdlEvent.FingerUp => new InputEvent(InputEventKind.FingerUp, e.FingerX, e.FingerY, Id: e.FingerId),
        SdlEvent.FingerMotion => new InputEvent(InputEventKind.FingerMove, e.FingerX, e.FingerY, Id: e.FingerId),
        _ => null,
    };

    // SDL_MOUSEWHEEL_FLIPPED (1) means the platform inverted the sign ("natural" scrolling).
    private static double WheelNotches(in SdlEvent e) =>
        (e.WheelPreciseY != 0 ? e.WheelPreciseY : e.WheelY) * (e.WheelDirection == 1 ? -1 : 1);
}
