namespace Exhibition.Bundle.Captions;

/// <summary>
/// One pass over a WebVTT file following the block structure of the W3C parsing algorithm, recording a problem for
/// everything the WebVTT syntax does not allow (and for empty captions, which are always a mistake on a kiosk).
/// </summary>
internal sealed partial class WebVttReader
{
    private const string Arrow = "-->";
    private readonly string[] _lines;
    private readonly List<WebVttCue> _cues = [];
    private readonly List<WebVttProblem> _problems = [];
    private readonly Dictionary<string, int> _identifiers = new(StringComparer.Ordinal);

    /// <summary>Splits <paramref name="text"/> into lines at CRLF, CR or LF, dropping a leading byte order mark.</summary>
    public WebVttReader(string text)
    {
        _lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
    }

    /// <summary>Reads the whole file.</summary>
    public WebVttDocument Read()
    {
        int index = ReadHeader();
        while (index < _lines.Length)
        {
            index = _lines[index].Length == 0 ? index + 1 : ReadBlock(index);
        }

        if (_cues.Count == 0 && _problems.Count == 0)
        {
            Problem(0, "The file has no cues. Add at least one, such as '00:00:01.000 --> 00:00:04.000' " +
                "followed by its text, or remove this caption file from exhibition.yaml.");
        }

        return new WebVttDocument(_cues, [.. _problems.OrderBy(p => p.Line)]);
    }

    // index is 0-based; problems carry 1-based lines.
    private void Problem(int index, string message) => _problems.Add(new WebVttProblem(index + 1, message));

    private static bool StartsWithKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) &&
        (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    private static string Quote(string line) => line.Length <= 40 ? $"'{line}'" : $"'{line[..40]}...'";
}
