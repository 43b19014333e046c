using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

internal static partial class SurveyReader
{
    private static readonly string[] QuestionKeys = ["id", "kind", "required", "text", "options", "max_length"];
    private static readonly string[] OptionKeys = ["id", "text"];
    private static readonly Dictionary<string, QuestionKind> Kinds = new(StringComparer.Ordinal)
    {
        ["yesno"] = QuestionKind.YesNo, ["single"] = QuestionKind.Single, ["multi"] = QuestionKind.Multi,
        ["scale"] = QuestionKind.Scale, ["text"] = QuestionKind.Text,
    };

    private static SurveyQuestion? ReadQuestion(MapReader map, DuplicateIds duplicates)
    {
        var id = map.Id();
        duplicates.Add(id, map.Spot, map.Field("id"));
        var text = map.Text("text", required: true);
        var kind = ReadKind(map);
        var required = map.Bool("required") ?? false;
        if (kind == QuestionKind.Text && required)
        {
            map.Report("required", "text questions are always optional (visitors are not made to write); remove 'required'.");
        }

        var maxLength = map.Number("max_length", 1, AuthoringRules.MaxTextAnswerLength);
        if (map.Has("max_length") && kind is not (null or QuestionKind.Text))
        {
            map.Report("max_length", "'max_length' is only for text questions.");
        }

        var options = ReadOptions(map, kind);
        return id is null || kind is null || text is null ? null : new SurveyQuestion
        {
            Id = id, Kind = kind.Value, Required = required, Text = text, Options = options,
            MaxLength = (int)Math.Round(maxLength ?? 200),
        };
    }

    private static QuestionKind? ReadKind(MapReader map)
    {
        if (map.String("kind", required: true) is not { } name)
        {
            return null;
        }

        if (Kinds.TryGetValue(name, out var kind))
        {
            return kind;
        }

        map.Report("kind", $"'{name}' is not a question kind: use yesno, single, multi, scale or text.{KeySuggestion.Hint(name, Kinds.Keys)}");
        return null;
    }

    private static List<SurveyOption> ReadOptions(MapReader map, QuestionKind? kind)
    {
        var isChoice = kind is QuestionKind.Single or QuestionKind.Multi;
        var items = map.Items("options");
        if (items is not null && kind is not null && !isChoice)
        {
            map.Report("options", $"only single and multi questions have options; this one is {kind.ToString()!.ToLowerInvariant()}.");
        }
        else if (isChoice && (items?.Count ?? 0) < 2)
        {
            map.Report("options", $"a {(kind == QuestionKind.Single ? "single" : "multi")} choice question needs at least two options.");
        }

        var duplicates = new DuplicateIds(map.Context.Problems, "option");
        var options = new List<SurveyOption>();
        foreach (var (node, field) in items ?? [])
        {
            if (MapReader.Open(node, map.Context, map.File, field, OptionKeys) is not { } option)
            {
                continue;
            }

            var id = option.Id();
            duplicates.Add(id, option.Spot, option.Field("id"));
            var text = option.Text("text", required: true);
            if (id is not null && text is not null)
            {
                options.Add(new SurveyOption(id, text));
            }
        }

        return options;
    }
}
