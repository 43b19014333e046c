using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>Reads <c>strings</c>: the bundle's own wording of the kiosk's interface, per language; every key optional.</summary>
internal static class StringsReader
{
    public static IReadOnlyDictionary<string, LocalizedText> Read(MapReader root)
    {
        var strings = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (root.Child("strings", InterfaceStrings.Keys) is not { } map)
        {
            return strings;
        }

        foreach (var key in InterfaceStrings.Keys)
        {
            if (map.Text(key) is { } text)
            {
                strings[key] = text;
            }
        }

        return strings;
    }
}
