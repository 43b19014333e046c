using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

internal sealed partial class MapReader
{
    /// <summary>The items of the list under <paramref name="key"/> with their field paths (<c>key[i]</c>).</summary>
    public IReadOnlyList<(YamlNode Node, string Field)>? Items(string key, bool required = false)
    {
        if (Get(key, required) is not { } value)
        {
            return null;
        }

        if (value is not YamlSequenceNode list)
        {
            Report(value, Field(key), $"must be a list (lines starting with '- ', or [a, b]); found {Describe(value)}.");
            return null;
        }

        return list.Children.Select((item, i) => (item, $"{Field(key)}[{i}]")).ToList();
    }

    /// <summary>A [min, max] pair within [lo, hi] with min &lt; max.</summary>
    public (double Min, double Max)? Range(string key, double lo, double hi)
    {
        if (Get(key) is not { } value)
        {
            return null;
        }

        if (value is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            Report(value, Field(key), $"must be a pair [min, max]; found {Describe(value)}.");
            return null;
        }

        var min = AsNumber(pair.Children[0], $"{Field(key)}[0]", lo, hi);
        var max = AsNumber(pair.Children[1], $"{Field(key)}[1]", lo, hi);
        if (min is null || max is null)
        {
            return null;
        }

        if (min >= max)
        {
            Report(value, Field(key), $"the first value (min) must be less than the second (max); found [{Format(min.Value)}, {Format(max.Value)}].");
            return null;
        }

        return (min.Value, max.Value);
    }
}
