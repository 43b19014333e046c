namespace Exhibition.Bundle.Captions;

/// <summary>
/// Reads WebVTT caption files (W3C WebVTT: header, cue blocks, NOTE/STYLE/REGION blocks). The packer uses it to
/// check captions and the viewer to show them, so both read a file the same way.
/// </summary>
public static class WebVttParser
{
    /// <summary>The cues of <paramref name="text"/>, skipping any that cannot be read (as a browser would).</summary>
    public static IReadOnlyList<WebVttCue> Parse(string text) => Analyze(text).Cues;

    /// <summary>The cues of <paramref name="text"/> and every problem in it, each with its line and how to fix it.</summary>
    public static WebVttDocument Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new WebVttReader(text).Read();
    }
}
