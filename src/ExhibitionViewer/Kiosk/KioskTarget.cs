using SkiaSharp;

namespace ExhibitionViewer.KioskMode;

/// <summary>A tappable thing on a kiosk screen: what it does (e.g. <c>next</c>, <c>scale:4</c>, <c>key:a</c>) and where it is.
/// The painter draws from the same list the session hit-tests, so what is seen is what is hit.</summary>
internal readonly record struct KioskTarget(string Action, SKRect Bounds);
