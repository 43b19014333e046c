using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>A filled rounded rectangle in the body (list bullet, quote bar, rule), relative to its top-left.</summary>
internal readonly record struct PlacedShape(SKRect Bounds, float Corner, SKColor Color);
