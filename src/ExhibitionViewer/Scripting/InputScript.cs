using System.Globalization;

namespace ExhibitionViewer.Scripting;

/// <summary>
/// A timed list of input events, one command a line (<c>#</c> starts a comment); the format is documented in
/// docs/viewer.md. Parsing checks every line, so a script fails before the run, naming its line.
/// </summary>
public sealed class InputScript
{
    private static readonly Dictionary<string, (int Numbers, bool Word, int Optional)> Verbs = new(StringComparer.Ordinal)
    {
        ["wait"] = (1, false, 0),
        ["drag"] = (5, false, 0),
        ["fling"] = (5, false, 0),
        ["swipe"] = (5, false, 0),
        ["pinch"] = (4, false, 0),
        ["wheel"] = (1, false, 0),
        ["move"] = (2, false, 0),
        ["tap"] = (2, false, 0),
        ["tap-angle"] = (2, false, 0),
        ["key"] = (0, true, 0),
        ["hold"] = (1, true, 0),
        ["wait-complete"] = (0, false, 1),
        ["expect-scene"] = (0, true, 0),
        ["wait-scene"] = (0, true, 1),
        ["wait-video"] = (1, false, 1),
        ["quit"] = (0, false, 0),
        ["reset-stats"] = (0, false, 0),
    };

    private InputScript(IReadOnlyList<ScriptCommand> commands) => Commands = commands;

    /// <summary>The commands in order.</summary>
    public IReadOnlyList<ScriptCommand> Commands { get; }

    /// <summary>Parses script text; throws <see cref="FormatException"/> naming <paramref name="source"/> and the line.</summary>
    public static InputScript Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var commands = new List<ScriptCommand>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Split('#')[0].Trim();
            if (line.Length > 0)
            {
                commands.Add(ParseLine(line, i + 1, source));
            }
        }

        return new InputScript(commands);
    }

    private static ScriptCommand ParseLine(string line, int number, string source)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (!Verbs.TryGetValue(words[0], out var shape))
        {
            throw new FormatException($"{source}:{number}: unknown command '{words[0]}'");
        }

        var args = words.Skip(1).ToList();
        string? word = null;
        if (shape.Word)
        {
            word = args.Count > 0 ? args[0] : throw new FormatException($"{source}:{number}: '{words[0]}' needs a name");
            args.RemoveAt(0);
            if (words[0] is "key" or "hold" && KeyNames.Parse(word) is null)
            {
                throw new FormatException($"{source}:{number}: unknown key '{word}'");
            }
        }

        if (args.Count < shape.Numbers || args.Count > shape.Numbers + shape.Optional)
        {
            throw new FormatException($"{source}:{number}: '{words[0]}' takes {shape.Numbers} number(s), got {args.Count}");
        }

        var numbers = new List<double>();
        foreach (var arg in args)
        {
            numbers.Add(double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value : throw new FormatException($"{source}:{number}: '{arg}' is not a number"));
        }

        return new ScriptCommand(words[0], numbers, word, number);
    }
}
