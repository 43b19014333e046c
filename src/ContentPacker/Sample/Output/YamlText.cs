using System.Globalization;
using System.Text;
using ContentPacker.Sample.Content;

namespace ContentPacker.Sample.Output;

/// <summary>Builds YAML by hand, so the sample reads like the documentation: flow maps for text, comments where useful.</summary>
internal sealed class YamlText
{
    private readonly StringBuilder _text = new();

    public YamlText Line(int indent, string line)
    {
        _text.Append(' ', indent * 2).Append(line).Append('\n');
        return this;
    }

    public YamlText Blank()
    {
        _text.Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>A double-quoted scalar, safe for apostrophes, colons and accents.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A per-language text map: <c>{en: "...", cy: "..."}</c>.</summary>
    public static string Map(Text text) => $"{{en: {Quote(text.En)}, cy: {Quote(text.Cy)}}}";

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
