namespace ExhibitionViewer.App;

/// <summary>The options of a <c>survey</c> or <c>kiosk</c> verb: <c>--name value</c> pairs and bare flags.</summary>
internal sealed class VerbArguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public VerbArguments(IEnumerable<string> args, IReadOnlySet<string> flagNames, IReadOnlySet<string> valueNames)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (flagNames.Contains(name))
            {
                flags.Add(name);
            }
            else if (valueNames.Contains(name))
            {
                if (!e.MoveNext())
                {
                    throw new ViewerException(ViewerException.BadInput, $"{name} needs a value");
                }

                if (!values.TryGetValue(name, out var list))
                {
                    values[name] = list = [];
                }

                list.Add(e.Current);
            }
            else
            {
                throw new ViewerException(ViewerException.BadInput, $"unexpected '{name}' (options: {string.Join(", ", flagNames.Concat(valueNames).Order())})");
            }
        }
    }

    public bool Has(string flag) => flags.Contains(flag);

    public string? Value(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var list) ? list : [];

    public string Required(string name) => Value(name) ?? throw new ViewerException(ViewerException.BadInput, $"{name} is required");

    public string Data => DataFolder.Resolve(Value("--data"));
}
