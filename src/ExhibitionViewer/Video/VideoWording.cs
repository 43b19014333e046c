namespace ExhibitionViewer.Video;

/// <summary>The words of a video that cannot play, in the visitor's language (English when there is no wording for it).</summary>
internal static class VideoWording
{
    public static (string Message, string Back) For(string language) => language switch
    {
        "cy" => ("Does dim modd chwarae'r fideo hwn ar hyn o bryd.", "Yn ôl i'r daith"),
        _ => ("This video can't be played just now.", "Back to the tour"),
    };
}
