using Exhibition.Survey.Model;

namespace Exhibition.Survey.Exports;

/// <summary>
/// Merges exports from many kiosks into one set of responses, removing duplicates by response id. Copies that differ
/// in anything but their state (pending, exported, synced) are reported: a response id is random, so that means a
/// file was edited or two kiosks misbehave.
/// </summary>
public static class ExportMerger
{
    /// <summary>Merges <paramref name="exports"/>; the first copy of each id (in the order given) is kept.</summary>
    public static MergedExports Merge(IEnumerable<ReadExport> exports)
    {
        ArgumentNullException.ThrowIfNull(exports);
        return MergeCore(exports);
    }

    private static MergedExports MergeCore(IEnumerable<ReadExport> exports)
    {
        var kept = new Dictionary<Guid, (SurveyResponse Response, string Source)>();
        var warnings = new List<string>();
        var duplicates = 0;
        foreach (var export in exports)
        {
            foreach (var response in export.Responses)
            {
                if (kept.TryAdd(response.Id, (response, export.Source))) continue;
                duplicates++;
                var first = kept[response.Id];
                if (!SameContent(first.Response, response))
                {
                    warnings.Add($"response {response.Id} differs between {first.Source} and {export.Source}; the copy in {first.Source} is kept.");
                }
            }
        }

        var responses = kept.Values.Select(v => v.Response)
            .OrderBy(r => r.Date).ThenBy(r => r.Hour).ThenBy(r => r.KioskId, StringComparer.Ordinal).ThenBy(r => r.Id)
            .ToList();
        return new MergedExports(responses, duplicates, warnings);
    }

    /// <summary>Whether two copies of a response agree in everything but their state.</summary>
    public static bool SameContent(SurveyResponse a, SurveyResponse b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { State = b.State, Answers = b.Answers } == b
               && a.Answers.Count == b.Answers.Count
               && a.Answers.All(p => b.Answers.TryGetValue(p.Key, out var other) && other == p.Value);
    }
}
