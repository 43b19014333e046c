using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

/// <summary>
/// Reads one YAML mapping of an authoring file: reports unknown keys when opened, then hands out values, reporting
/// every missing or malformed one with its file, line and field. Readers never stop at a problem.
/// </summary>
internal sealed partial class MapReader
{
    private readonly YamlMappingNode node;

    private MapReader(YamlMappingNode node, AuthoringContext context, string file, string path)
    {
        this.node = node;
        Context = context;
        File = file;
        Path = path;
    }

    public AuthoringContext Context { get; }

    /// <summary>The authoring file this mapping is in, relative to the folder.</summary>
    public string File { get; }

    /// <summary>The field path of this mapping, e.g. <c>scenes[2]</c>; empty for a document's root.</summary>
    public string Path { get; }

    public SourceSpot Spot => At(node);

    /// <summary>Opens <paramref name="value"/> as a mapping with the given keys; reports and returns null if it is not one.</summary>
    public static MapReader? Open(YamlNode value, AuthoringContext context, string file, string path, IReadOnlyList<string> keys)
    {
        if (value is not YamlMappingNode mapping)
        {
            var spot = new SourceSpot(file, (int)value.Start.Line, (int)value.Start.Column);
            context.Problems.Add(spot, path, $"must be a mapping with keys such as {string.Join(", ", keys)}; found {Describe(value)}.");
            return null;
        }

        var reader = new MapReader(mapping, context, file, path);
        reader.ReportUnknownKeys(keys);
        return reader;
    }

    /// <summary>Opens the mapping under <paramref name="key"/>, if present.</summary>
    public MapReader? Child(string key, IReadOnlyList<string> keys, bool required = false) =>
        Get(key, required) is { } value ? Open(value, Context, File, Field(key), keys) : null;

    public string Field(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public SourceSpot At(YamlNode value) => new(File, (int)value.Start.Line, (int)value.Start.Column);

    public void Report(YamlNode at, string field, string message) => Context.Problems.Add(At(at), field, message);

    /// <summary>Reports a problem with the value of <paramref name="key"/> (or with the mapping if the key is absent).</summary>
    public void Report(string key, string message) =>
        Context.Problems.Add(Find(key) is { } value ? At(value) : Spot, Field(key), message);

    /// <summary>Whether <paramref name="key"/> is present with a non-null value.</summary>
    public bool Has(string key) => Find(key) is { } value && !IsNull(value);

    /// <summary>The value of <paramref name="key"/>; null when absent or null, reported if required.</summary>
    public YamlNode? Get(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required)
            {
                Report(key, value is null ? $"'{key}' is required here." : $"'{key}' needs a value.");
            }

            return null;
        }

        return value;
    }

    private YamlNode? Find(string key)
    {
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v;
            }
        }

        return null;
    }

    private void ReportUnknownKeys(IReadOnlyList<string> keys)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!keys.Contains(name))
            {
                Report(key, Field(name), $"unknown key '{name}'.{KeySuggestion.Hint(name, keys)} Known keys here: {string.Join(", ", keys)}.");
            }
        }
    }
}
