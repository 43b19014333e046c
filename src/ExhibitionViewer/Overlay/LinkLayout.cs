using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>The link card: label, a large QR code, and the address in text under it.</summary>
internal sealed record LinkLayout(
    SKRectI Card,
    SKRect Close,
    IReadOnlyList<string> LabelLines,
    float LabelBaseline,
    SKRectI Qr,
    IReadOnlyList<string> UrlLines,
    float UrlBaseline);
