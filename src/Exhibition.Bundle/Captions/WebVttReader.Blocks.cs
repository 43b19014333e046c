namespace Exhibition.Bundle.Captions;

internal sealed partial class WebVttReader
{
    // Reads the block starting at a non-empty line; returns where the next block may start. As in the W3C parser,
    // a timing line may be the block's first line, or its second after an identifier; a timing line anywhere else
    // ends the block and starts a new one (so a missing blank line loses no cue, but is reported).
    private int ReadBlock(int start)
    {
        int? timing = _lines[start].Contains(Arrow, StringComparison.Ordinal) ? start
            : start + 1 < _lines.Length && _lines[start + 1].Contains(Arrow, StringComparison.Ordinal) ? start + 1
            : null;
        int end = (timing ?? start) + 1;
        while (end < _lines.Length && _lines[end].Length > 0 && !_lines[end].Contains(Arrow, StringComparison.Ordinal))
        {
            end++;
        }

        if (end < _lines.Length && _lines[end].Length > 0)
        {
            Problem(end, "Put a blank line before this timing line: each cue must be separated from the block above it by an empty line.");
        }

        if (timing is { } t)
        {
            ReadCue(t == start ? null : _lines[start], t, end);
        }
        else
        {
            ReadOtherBlock(start, end);
        }

        return end;
    }

    private void ReadOtherBlock(int start, int end)
    {
        string first = _lines[start];
        if (StartsWithKeyword(first, "NOTE"))
        {
            return;
        }

        if (StartsWithKeyword(first, "STYLE") || StartsWithKeyword(first, "REGION"))
        {
            if (_cues.Count > 0)
            {
                Problem(start, $"Move this {first.Split(' ', '\t')[0]} block above the first cue; players ignore it after a cue.");
            }

            return;
        }

        int wrongArrow = Enumerable.Range(start, Math.Min(2, end - start))
            .FirstOrDefault(i => _lines[i].Contains("->") || _lines[i].Contains("–>") || _lines[i].Contains("→"), -1);
        Problem(wrongArrow >= 0 ? wrongArrow : start, wrongArrow >= 0
            ? "Write the arrow between the two times as '-->' (two hyphens and a greater-than sign)."
            : $"Expected a cue timing line such as '00:00:01.000 --> 00:00:04.000' here, but found {Quote(first)}. " +
              "Start each cue with its timing line (an identifier line above it is optional), or begin a comment with NOTE.");
    }
}
