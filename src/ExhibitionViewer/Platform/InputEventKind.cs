namespace ExhibitionViewer.Platform;

/// <summary>What an <see cref="InputEvent"/> reports.</summary>
public enum InputEventKind
{
    /// <summary>The user or system asked the application to close.</summary>
    Quit,
    /// <summary>The drawable changed size.</summary>
    Resized,
    /// <summary>A key was pressed (<see cref="InputEvent.Key"/>).</summary>
    KeyDown,
    /// <summary>A key was released.</summary>
    KeyUp,
    /// <summary>A mouse button went down at (X, Y).</summary>
    PointerDown,
    /// <summary>A mouse button went up at (X, Y).</summary>
    PointerUp,
    /// <summary>The mouse moved to (X, Y).</summary>
    PointerMove,
    /// <summary>The wheel turned by <see cref="InputEvent.Y"/> notches (positive away from the user).</summary>
    Wheel,
    /// <summary>A finger touched at normalised (X, Y) in 0..1.</summary>
    FingerDown,
    /// <summary>A finger lifted.</summary>
    FingerUp,
    /// <summary>A finger moved to normalised (X, Y).</summary>
    FingerMove,
}
