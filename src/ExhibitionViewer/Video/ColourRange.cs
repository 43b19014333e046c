namespace ExhibitionViewer.Video;

/// <summary>Whether Y uses 16..235 and chroma 16..240 (limited, "tv") or all of 0..255 (full, "pc").</summary>
public enum ColourRange
{
    /// <summary>Studio range 16..235.</summary>
    Limited,

    /// <summary>Full range 0..255.</summary>
    Full,
}
