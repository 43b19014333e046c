using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>One pill of the language switch.</summary>
internal readonly record struct LanguageButton(string Code, string Name, SKRect Bounds, bool Current);
