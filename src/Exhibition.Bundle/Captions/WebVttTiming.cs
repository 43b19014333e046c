namespace Exhibition.Bundle.Captions;

/// <summary>A cue timing line (<c>start --> end [settings]</c>), with problems that do not stop it being read.</summary>
internal readonly record struct WebVttTiming(double Start, double End, string Settings, IReadOnlyList<string> Problems)
{
    /// <summary>Reads a line that contains "-->"; null with <paramref name="error"/> set when a time is unreadable.</summary>
    public static WebVttTiming? Parse(string line, out string? error)
    {
        int arrow = line.IndexOf("-->", StringComparison.Ordinal);
        string left = line[..arrow];
        string right = line[(arrow + 3)..];
        string endText = right.TrimStart().Split(' ', '\t')[0];
        string settings = right.TrimStart()[endText.Length..].Trim();
        string? startError = WebVttTimestamp.Parse(left.Trim(), "start", out double start);
        string? endError = WebVttTimestamp.Parse(endText, "end", out double end);
        error = startError ?? endError;
        if (error is not null)
        {
            return null;
        }

        var problems = new List<string>();
        if (char.IsWhiteSpace(left[0]))
        {
            problems.Add("Remove the spaces before the start time: a timing line begins with the time.");
        }

        if (!char.IsWhiteSpace(left[^1]) || !char.IsWhiteSpace(right[0]))
        {
            problems.Add("Put a space on each side of '-->', as in '00:00:01.000 --> 00:00:04.000'.");
        }

        problems.AddRange(WebVttSettings.Check(settings));
        return new WebVttTiming(start, end, settings, problems);
    }
}
