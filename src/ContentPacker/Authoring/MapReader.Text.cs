using Exhibition.Bundle.Model;
using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

internal sealed partial class MapReader
{
    /// <summary>Visitor-facing text: a mapping with every declared language, or a plain string when there is one language.</summary>
    public LocalizedText? Text(string key, bool required = false) =>
        Get(key, required) is { } value ? AsText(value, Field(key)) : null;

    public LocalizedText? AsText(YamlNode value, string field)
    {
        var languages = Context.Languages;
        if (value is YamlScalarNode)
        {
            if (AsString(value, field) is not { } plain)
            {
                return null;
            }

            if (languages.Count > 1)
            {
                Report(value, field, $"is one plain text, but the exhibition has languages {string.Join(", ", languages)}: "
                    + $"give the text in each, e.g. {{{string.Join(", ", languages.Select(l => $"{l}: ..."))}}}.");
                return null;
            }

            return new LocalizedText { [languages.Count == 1 ? languages[0] : ""] = plain };
        }

        var entries = LanguageEntries(value, field, everyLanguage: true, what: "text");
        if (entries is null)
        {
            return null;
        }

        var text = new LocalizedText();
        foreach (var (language, (node, entryField)) in entries)
        {
            if (AsString(node, entryField) is { } s)
            {
                text[language] = s;
            }
        }

        return text;
    }

    /// <summary>
    /// A mapping keyed by declared language codes. Reports keys that are not declared languages and, when
    /// <paramref name="everyLanguage"/>, each declared language that is missing.
    /// </summary>
    public Dictionary<string, (YamlNode Node, string Field)>? LanguageEntries(YamlNode value, string field, bool everyLanguage, string what)
    {
        if (value is not YamlMappingNode mapping)
        {
            Report(value, field, $"must be a mapping from language to {what}, e.g. {{en: ...}}; found {Describe(value)}.");
            return null;
        }

        var languages = Context.Languages;
        var entries = new Dictionary<string, (YamlNode, string)>(StringComparer.Ordinal);
        foreach (var (k, v) in mapping.Children)
        {
            var language = (k as YamlScalarNode)?.Value ?? "";
            if (languages.Count > 0 && !languages.Contains(language))
            {
                Report(k, $"{field}.{language}", $"'{language}' is not one of the exhibition's languages ({string.Join(", ", languages)}).{KeySuggestion.Hint(language, languages)}");
                continue;
            }

            entries[language] = (v, $"{field}.{language}");
        }

        foreach (var missing in everyLanguage ? languages.Where(l => !entries.ContainsKey(l)) : [])
        {
            Report(value, field, $"has no {what} in '{missing}': every {what} needs each language ({string.Join(", ", languages)}).");
        }

        return entries;
    }
}
