using System.Globalization;
using System.Text.RegularExpressions;

namespace Exhibition.Bundle.Captions;

/// <summary>WebVTT timestamps: <c>hh:mm:ss.ttt</c> (hours may have more than two digits) or <c>mm:ss.ttt</c>.</summary>
internal static partial class WebVttTimestamp
{
    /// <summary>Reads <paramref name="text"/> into seconds; returns null on success, else what to fix.</summary>
    public static string? Parse(string text, string which, out double seconds)
    {
        seconds = 0;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return Explain(text, which);
        }

        long hours = match.Groups["h"].Success ? long.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        int minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int secs = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        int millis = int.Parse(match.Groups["f"].Value, CultureInfo.InvariantCulture);
        if (minutes > 59 || secs > 59)
        {
            return $"The {which} time '{text}' has minutes or seconds above 59; write it as hh:mm:ss.ttt, e.g. 01:05:00.000.";
        }

        seconds = (hours * 3600) + (minutes * 60) + secs + (millis / 1000.0);
        return null;
    }

    private static string Explain(string text, string which)
    {
        string fix = "write it as hh:mm:ss.ttt or mm:ss.ttt, e.g. 00:01:02.500";
        if (text.Length == 0)
        {
            return $"The {which} time is missing; {fix}.";
        }

        if (CommaMillis().IsMatch(text))
        {
            return $"The {which} time '{text}' uses a comma before the milliseconds, as SRT does; WebVTT needs a full stop ({text.Replace(',', '.')}).";
        }

        return LooseMillis().IsMatch(text)
            ? $"The {which} time '{text}' must have exactly three digits of milliseconds and two of minutes and seconds; {fix}."
            : $"The {which} time '{text}' is not a WebVTT time; {fix}.";
    }

    [GeneratedRegex(@"^(?:(?<h>\d{2,}):)?(?<m>\d{2}):(?<s>\d{2})\.(?<f>\d{3})$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:\d+:)?\d+:\d+,\d+$")]
    private static partial Regex CommaMillis();

    [GeneratedRegex(@"^(?:\d+:)?\d+:\d+(?:\.\d*)?$")]
    private static partial Regex LooseMillis();
}
