using ExhibitionViewer.Platform;

namespace ExhibitionViewer.Scripting;

/// <summary>Key names a script may use, with <c>Shift+</c> as the one modifier.</summary>
public static class KeyNames
{
    private static readonly Dictionary<string, int> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tab"] = Keys.Tab, ["Enter"] = Keys.Return, ["Return"] = Keys.Return, ["Escape"] = Keys.Escape, ["Esc"] = Keys.Escape,
        ["Left"] = Keys.Left, ["Right"] = Keys.Right, ["Up"] = Keys.Up, ["Down"] = Keys.Down,
        ["Plus"] = Keys.Plus, ["+"] = Keys.Plus, ["Minus"] = Keys.Minus, ["-"] = Keys.Minus, ["Space"] = Keys.Space,
        ["M"] = 'm', ["C"] = 'c',
        ["Shift"] = Keys.LeftShift,
    };

    /// <summary>The key codes to press in order (and release in reverse) for a name like <c>Shift+Tab</c>; null if unknown.</summary>
    public static IReadOnlyList<int>? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Length > 1 ? name.Split('+', StringSplitOptions.RemoveEmptyEntries) : [name];
        if (name.EndsWith("++", StringComparison.Ordinal))
        {
            parts = [.. parts, "+"];
        }

        var codes = new List<int>();
        foreach (var part in parts)
        {
            if (!Codes.TryGetValue(part, out var code))
            {
                return null;
            }

            codes.Add(code);
        }

        return codes.Count == 0 ? null : codes;
    }
}
