namespace ExhibitionViewer.Platform;

/// <summary>How to open the viewer's window.</summary>
/// <param name="Title">Window title.</param>
/// <param name="Width">Client width in pixels (ignored when <paramref name="Fullscreen"/>).</param>
/// <param name="Height">Client height in pixels (ignored when <paramref name="Fullscreen"/>).</param>
/// <param name="Fullscreen">Borderless full screen at the desktop resolution.</param>
/// <param name="Hidden">Never shown; for screenshots and tests.</param>
/// <param name="Display">The display to centre the window on, 0 first.</param>
public readonly record struct WindowOptions(string Title, int Width, int Height, bool Fullscreen = false, bool Hidden = false, int Display = 0);
