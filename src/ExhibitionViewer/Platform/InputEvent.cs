namespace ExhibitionViewer.Platform;

/// <summary>One input event, translated from SDL so nothing above the platform layer sees SDL types.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="X">Pointer x in pixels, finger x in 0..1, or wheel x.</param>
/// <param name="Y">Pointer y in pixels, finger y in 0..1, or wheel y.</param>
/// <param name="Key">The SDL key code for key events (see <see cref="Keys"/>).</param>
/// <param name="Id">Mouse button or finger id.</param>
public readonly record struct InputEvent(InputEventKind Kind, double X = 0, double Y = 0, int Key = 0, long Id = 0);
