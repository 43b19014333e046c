using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>The case-study card: header texts, image, and the scrolling body's clip rectangle.</summary>
internal sealed record CaseStudyLayout(
    SKRectI Card,
    SKRect Close,
    IReadOnlyList<string> TitleLines,
    float TitleBaseline,
    string Meta,
    float MetaBaseline,
    float DividerY,
    SKRect? Image,
    SKRectI Body);
