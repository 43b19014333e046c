using System.Globalization;

namespace Exhibition.Bundle.Captions;

internal sealed partial class WebVttReader
{
    private void ReadCue(string? identifier, int timing, int end)
    {
        CheckIdentifier(identifier, timing - 1);
        if (WebVttTiming.Parse(_lines[timing], out string? error) is not { } parsed)
        {
            Problem(timing, error!);
            return;
        }

        foreach (string message in parsed.Problems)
        {
            Problem(timing, message);
        }

        var textLines = _lines[(timing + 1)..end];
        var cue = new WebVttCue(identifier, parsed.Start, parsed.End, string.Join('\n', textLines), parsed.Settings, timing + 1);
        CheckCue(cue, timing, textLines);
        _cues.Add(cue);
    }

    private void CheckIdentifier(string? identifier, int index)
    {
        if (identifier is null)
        {
            return;
        }

        if (StartsWithKeyword(identifier, "NOTE") || StartsWithKeyword(identifier, "STYLE") || StartsWithKeyword(identifier, "REGION"))
        {
            Problem(index, $"Put a blank line after {Quote(identifier)}: as it stands it is read as the identifier of the cue below.");
        }
        else if (!_identifiers.TryAdd(identifier, index + 1))
        {
            Problem(index, $"The cue identifier {Quote(identifier)} is already used on line {_identifiers[identifier]}; make identifiers unique.");
        }
    }

    private void CheckCue(WebVttCue cue, int timing, string[] textLines)
    {
        if (cue.EndSeconds <= cue.StartSeconds)
        {
            Problem(timing, $"The cue ends ({Time(cue.EndSeconds)}) before or when it starts ({Time(cue.StartSeconds)}); make the end time later than the start time.");
        }

        if (_cues.Count > 0 && cue.StartSeconds < _cues[^1].StartSeconds)
        {
            var previous = _cues[^1];
            Problem(timing, $"This cue starts at {Time(cue.StartSeconds)}, before the cue on line {previous.Line} ({Time(previous.StartSeconds)}); put cues in order of start time.");
        }

        if (textLines.All(string.IsNullOrWhiteSpace))
        {
            Problem(timing, "The cue has no text; write its caption on the line after the timing line, or delete the cue.");
            return;
        }

        for (int i = 0; i < textLines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(textLines[i]))
            {
                Problem(timing + 1 + i, "This line holds only spaces or tabs; delete them so the line is empty (a blank line ends a cue) or remove the line.");
            }
        }
    }

    private static string Time(double seconds)
    {
        long ms = (long)Math.Round(seconds * 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}.{ms % 1000:000}");
    }
}
