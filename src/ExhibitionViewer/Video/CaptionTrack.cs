using Exhibition.Bundle.Captions;

namespace ExhibitionViewer.Video;

/// <summary>One language's captions for a video.</summary>
public sealed class CaptionTrack
{
    private readonly IReadOnlyList<WebVttCue> cues;

    /// <summary>Creates the track from parsed cues.</summary>
    public CaptionTrack(IReadOnlyList<WebVttCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        this.cues = cues;
    }

    /// <summary>Reads a WebVTT file (cues that cannot be read are skipped, as a browser would).</summary>
    public static CaptionTrack Parse(string webVtt) => new(WebVttParser.Parse(webVtt));

    /// <summary>Cues in the track.</summary>
    public int Count => cues.Count;

    /// <summary>The plain text showing at <paramref name="seconds"/> (overlapping cues stacked), or null.</summary>
    public string? TextAt(double seconds)
    {
        var active = cues.Where(c => c.IsActiveAt(seconds)).Select(c => c.PlainText.Trim()).Where(t => t.Length > 0).ToList();
        return active.Count == 0 ? null : string.Join('\n', active);
    }
}
