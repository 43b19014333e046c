using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>A card or pill of plain text lines: the scene title, the visitor message.</summary>
internal sealed record CaptionLayout(SKRect Bounds, IReadOnlyList<string> Lines, float FirstBaseline, float LineHeight);
