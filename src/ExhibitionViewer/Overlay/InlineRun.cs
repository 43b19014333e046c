namespace ExhibitionViewer.Overlay;

/// <summary>A stretch of inline text in one style; <see cref="Url"/> is set inside a link.</summary>
internal readonly record struct InlineRun(string Text, TextStyle Style, string? Url);
