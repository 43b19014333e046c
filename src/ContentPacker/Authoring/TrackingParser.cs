using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentPacker.Authoring;

/// <summary>
/// A YAML parser that remembers where the last event ended, so that a scanner failure YamlDotNet raises without a
/// position (it throws InvalidOperationException on some malformed flow mappings) can still be given a line.
/// </summary>
internal sealed class TrackingParser(TextReader reader) : IParser
{
    private readonly Parser parser = new(reader);

    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (parser.Current is { } current)
        {
            LastEnd = current.End;
        }

        return parser.MoveNext();
    }
}
