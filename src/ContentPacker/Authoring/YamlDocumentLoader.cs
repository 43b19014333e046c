using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

/// <summary>Parses one YAML file into its root node, reporting a syntax error with its line (nothing else can be read then).</summary>
internal static partial class YamlDocumentLoader
{
    public static YamlNode? Load(AuthoringContext context, string relative, string absolute)
    {
        if (!File.Exists(absolute))
        {
            context.Problems.Add(SourceSpot.WholeFile(relative), "", $"there is no {relative} in the authoring folder.");
            return null;
        }

        var stream = new YamlStream();
        using var reader = new StreamReader(absolute, detectEncodingFromByteOrderMarks: true);
        var parser = new TrackingParser(reader);
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            var at = e is YamlException y ? y.Start : parser.LastEnd;
            var spot = new SourceSpot(relative, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column));
            var what = e is YamlException ? Clean(e.Message) : "the text after this point is not valid YAML (check brackets, quotes and indentation).";
            context.Problems.Add(spot, "", $"YAML syntax error: {what} Nothing further can be checked until it is fixed.");
            return null;
        }

        if (stream.Documents.Count == 0 || MapReader.IsNull(stream.Documents[0].RootNode))
        {
            context.Problems.Add(SourceSpot.WholeFile(relative), "", $"{relative} is empty.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            context.Problems.Add(new SourceSpot(relative, (int)second.Line, (int)second.Column), "", "holds more than one YAML document ('---'); keep one.");
        }

        return stream.Documents[0].RootNode;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the problem carries the place already.
    private static string Clean(string message)
    {
        var text = LocationPrefix().Replace(message, "").Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
