namespace ContentPacker.Authoring;

/// <summary>Reads <c>languages</c>: a non-empty list of distinct codes like <c>en</c>, <c>cy</c>, <c>pt-BR</c>.</summary>
internal static class LanguagesReader
{
    /// <summary>The languages, or empty (turning off per-language checks) when the list itself is wrong.</summary>
    public static IReadOnlyList<string> Read(MapReader map)
    {
        var items = map.Items("languages", required: true);
        if (items is null)
        {
            return [];
        }

        if (items.Count == 0)
        {
            map.Report("languages", "must name at least one language, e.g. [en].");
            return [];
        }

        var languages = new List<string>();
        var duplicates = new DuplicateIds(map.Context.Problems, "language");
        var valid = true;
        foreach (var (node, field) in items)
        {
            var code = map.AsString(node, field);
            if (code is not null && !AuthoringRules.LanguagePattern().IsMatch(code))
            {
                map.Report(node, field, $"'{code}' is not a language code like en, cy or pt-BR.");
                code = null;
            }

            var before = map.Context.Problems.Count;
            duplicates.Add(code, map.At(node), field);
            valid &= code is not null && map.Context.Problems.Count == before;
            languages.Add(code ?? "");
        }

        return valid ? languages : [];
    }
}
