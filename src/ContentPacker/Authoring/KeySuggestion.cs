namespace ContentPacker.Authoring;

/// <summary>"did you mean ...?" hints for misspelt keys, ids and file names.</summary>
internal static class KeySuggestion
{
    /// <summary>The candidate nearest to <paramref name="text"/>, if it is close enough to be a likely typo.</summary>
    public static string? Nearest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(text.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(2, text.Length / 3) ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or empty.</summary>
    public static string Hint(string text, IEnumerable<string> candidates) =>
        Nearest(text, candidates) is { } near ? $" Did you mean '{near}'?" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
