using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>A run of text placed in the body, relative to the body's top-left.</summary>
internal readonly record struct PlacedText(string Text, float X, float Baseline, TextStyle Style, float Size, SKColor Color, bool Underline);
