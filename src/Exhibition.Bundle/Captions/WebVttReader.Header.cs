namespace Exhibition.Bundle.Captions;

internal sealed partial class WebVttReader
{
    // Returns the index of the first line after the header block. Lines straight after "WEBVTT" (such as
    // "Kind: captions") are ignored, as browsers ignore them, until a blank line; a timing line there starts a cue.
    private int ReadHeader()
    {
        string first = _lines[0];
        if (!StartsWithKeyword(first, "WEBVTT"))
        {
            ReportBadHeader(first);
            if (!first.TrimStart().StartsWith("WEBVTT", StringComparison.OrdinalIgnoreCase))
            {
                return 0; // read the rest as cues, so every other problem is reported too
            }
        }

        int index = 1;
        while (index < _lines.Length && _lines[index].Length > 0)
        {
            if (_lines[index].Contains(Arrow, StringComparison.Ordinal))
            {
                Problem(index, "Put a blank line between the WEBVTT line and the first cue.");
                return index;
            }

            index++;
        }

        return index;
    }

    private void ReportBadHeader(string first)
    {
        bool looksLikeSrt = _lines.Length > 1 && int.TryParse(first.Trim(), out _) && _lines[1].Contains(Arrow);
        Problem(0, first.Trim().Length == 0 && _lines.Length == 1
            ? "The file is empty. Start it with a line WEBVTT, a blank line, then the cues."
            : looksLikeSrt
                ? "This looks like an SRT file, not WebVTT. Add a first line WEBVTT and a blank line, and write the " +
                  "times with a full stop before the milliseconds (00:00:01.500, not 00:00:01,500)."
                : $"The first line must be WEBVTT (optionally followed by a space and a title), but it is {Quote(first)}.");
    }
}
