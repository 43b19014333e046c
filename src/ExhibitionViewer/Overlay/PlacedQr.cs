using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>A link's QR code in the body, in whole pixels relative to the body's top-left.</summary>
internal sealed record PlacedQr(SKRectI Bounds, QrModules Modules, string Url);
