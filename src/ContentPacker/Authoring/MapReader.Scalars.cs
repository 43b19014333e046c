using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

internal sealed partial class MapReader
{
    public string? String(string key, bool required = false) =>
        Get(key, required) is { } value ? AsString(value, Field(key)) : null;

    public double? Number(string key, double min, double max, bool required = false) =>
        Get(key, required) is { } value ? AsNumber(value, Field(key), min, max) : null;

    public bool? Bool(string key)
    {
        if (Get(key) is not { } value)
        {
            return null;
        }

        if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } && bool.TryParse(text, out var flag))
        {
            return flag;
        }

        Report(value, Field(key), $"must be true or false; found {Describe(value)}.");
        return null;
    }

    /// <summary>Non-empty text; reports and returns null for anything else.</summary>
    public string? AsString(YamlNode value, string field)
    {
        if (value is not YamlScalarNode scalar || IsNull(value))
        {
            Report(value, field, $"must be text; found {Describe(value)}.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Report(value, field, "must not be empty.");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>A finite number within [min, max]; reports and returns null otherwise.</summary>
    public double? AsNumber(YamlNode value, string field, double min, double max)
    {
        if (value is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            Report(value, field, $"must be a number; found {Describe(value)}.");
            return null;
        }

        if (number < min || number > max)
        {
            Report(value, field, $"must be from {Format(min)} to {Format(max)}; it is {Format(number)}.");
            return null;
        }

        return number;
    }

    internal static string Format(double number) =>
        number.ToString(number == double.MaxValue ? "E1" : "0.###", CultureInfo.InvariantCulture);

    /// <summary>How a node looks to an author, for "found ..." messages.</summary>
    internal static string Describe(YamlNode value) => value switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    internal static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
