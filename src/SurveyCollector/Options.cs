namespace Exhibition.SurveyCollector;

/// <summary>The <c>--name value</c> pairs of a command line, limited to the names a command knows.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args, params string[] known)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!known.Contains(args[i])) throw new UsageException($"Unknown option '{args[i]}'.");
            if (i + 1 >= args.Length) throw new UsageException($"Option '{args[i]}' needs a value.");
            options._values[args[i]] = args[i + 1];
        }

        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Require(string name) => Get(name) ?? throw new UsageException($"Option '{name}' is required.");
}
