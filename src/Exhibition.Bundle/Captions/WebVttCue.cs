using System.Net;
using System.Text.RegularExpressions;

namespace Exhibition.Bundle.Captions;

/// <summary>One caption of a WebVTT file: when it shows, and what it says.</summary>
/// <param name="Identifier">The optional line above the timings, or null when there is none.</param>
/// <param name="StartSeconds">When the caption appears, in seconds from the start of the video.</param>
/// <param name="EndSeconds">When it disappears; later than <paramref name="StartSeconds"/> in a valid file.</param>
/// <param name="Text">The cue text as written, lines joined with '\n', markup such as &lt;i&gt; and &amp;amp; kept.</param>
/// <param name="Settings">The cue settings after the end time (e.g. <c>line:0 align:start</c>), or an empty string.</param>
/// <param name="Line">The 1-based line of the timing line in the file, for messages.</param>
public sealed partial record WebVttCue(
    string? Identifier, double StartSeconds, double EndSeconds, string Text, string Settings, int Line)
{
    /// <summary>The text to show when markup is not rendered: tags removed and character references decoded.</summary>
    public string PlainText => WebUtility.HtmlDecode(Tag().Replace(Text, string.Empty));

    /// <summary>Whether the caption is showing at <paramref name="seconds"/> (start inclusive, end exclusive).</summary>
    public bool IsActiveAt(double seconds) => seconds >= StartSeconds && seconds < EndSeconds;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
