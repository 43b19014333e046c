namespace ExhibitionViewer.Overlay;

/// <summary>Each language's name in itself, as a visitor looks for it; unknown codes show as the code.</summary>
internal static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English",
        ["cy"] = "Cymraeg",
        ["ga"] = "Gaeilge",
        ["gd"] = "Gàidhlig",
        ["fr"] = "Français",
        ["de"] = "Deutsch",
        ["es"] = "Español",
        ["it"] = "Italiano",
        ["nl"] = "Nederlands",
        ["pl"] = "Polski",
        ["pt"] = "Português",
    };

    public static string Of(string code) =>
        Names.TryGetValue(code, out var name) ? name : code.ToUpperInvariant();
}
