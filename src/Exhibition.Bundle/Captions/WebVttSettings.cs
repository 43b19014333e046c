using System.Text.RegularExpressions;

namespace Exhibition.Bundle.Captions;

/// <summary>Checks cue settings (<c>vertical line position size align region</c>) against the WebVTT syntax.</summary>
internal static class WebVttSettings
{
    private static readonly Dictionary<string, Regex> Values = new(StringComparer.Ordinal)
    {
        ["vertical"] = new("^(rl|lr)$"),
        ["line"] = new(@"^(-?\d+|\d+(\.\d+)?%)(,(start|center|end))?$"),
        ["position"] = new(@"^(\d+(\.\d+)?%|auto)(,(line-left|center|line-right|auto))?$"),
        ["size"] = new(@"^\d+(\.\d+)?%$"),
        ["align"] = new("^(start|center|end|left|right)$"),
        ["region"] = new(@"^\S+$"),
    };

    /// <summary>One message per setting that is unknown, repeated or has a value the syntax does not allow.</summary>
    public static IEnumerable<string> Check(string settings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string setting in settings.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = setting.IndexOf(':');
            string name = colon > 0 ? setting[..colon] : setting;
            if (colon <= 0 || !Values.TryGetValue(name, out var value))
            {
                yield return $"'{setting}' is not a cue setting; use name:value with one of {string.Join(", ", Values.Keys)}, or remove it.";
            }
            else if (!seen.Add(name))
            {
                yield return $"The cue setting '{name}' is given twice; keep one.";
            }
            else if (!value.IsMatch(setting[(colon + 1)..]))
            {
                yield return $"The cue setting '{setting}' has a value WebVTT does not allow (e.g. line:85% align:center); correct it.";
            }
        }
    }
}
