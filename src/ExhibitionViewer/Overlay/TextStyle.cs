namespace ExhibitionViewer.Overlay;

/// <summary>The four faces of the overlay's one type family.</summary>
[Flags]
internal enum TextStyle
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
    BoldItalic = Bold | Italic,
}
