using Exhibition.Bundle.Model;
using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

/// <summary>Reads <c>survey</c>: inline, or a path to a YAML file holding the same mapping (problems then name that file).</summary>
internal static partial class SurveyReader
{
    private static readonly string[] Keys = ["questions", "thank_you"];

    public static Survey? Read(MapReader root)
    {
        if (root.Get("survey", required: true) is not { } node)
        {
            return null;
        }

        var map = node is YamlScalarNode ? OpenFile(root) : root.Child("survey", Keys);
        if (map is null)
        {
            return null;
        }

        var items = map.Items("questions", required: true);
        if (items is { Count: 0 })
        {
            map.Report("questions", "needs at least one question.");
        }

        var duplicates = new DuplicateIds(map.Context.Problems, "question");
        var questions = new List<SurveyQuestion>();
        foreach (var (item, field) in items ?? [])
        {
            if (MapReader.Open(item, map.Context, map.File, field, QuestionKeys) is { } question && ReadQuestion(question, duplicates) is { } read)
            {
                questions.Add(read);
            }
        }

        return new Survey { Questions = questions, ThankYou = map.Text("thank_you") ?? new LocalizedText() };
    }

    private static MapReader? OpenFile(MapReader root)
    {
        if (root.FilePath("survey") is not { } file
            || YamlDocumentLoader.Load(root.Context, file.Relative, file.Absolute) is not { } document)
        {
            return null;
        }

        return MapReader.Open(document, root.Context, file.Relative, "survey", Keys);
    }
}
