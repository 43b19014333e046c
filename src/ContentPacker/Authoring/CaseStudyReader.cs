using Exhibition.Bundle.Model;
using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

/// <summary>Reads <c>case_studies</c>.</summary>
internal static class CaseStudyReader
{
    private static readonly string[] Keys = ["id", "title", "role", "industry", "body", "image"];

    public static IReadOnlyList<AuthoredCaseStudy> ReadAll(MapReader root)
    {
        var duplicates = new DuplicateIds(root.Context.Problems, "case study");
        var caseStudies = new List<AuthoredCaseStudy>();
        foreach (var (node, field) in root.Items("case_studies") ?? [])
        {
            if (MapReader.Open(node, root.Context, root.File, field, Keys) is { } map)
            {
                caseStudies.Add(Read(map, duplicates));
            }
        }

        return caseStudies;
    }

    private static AuthoredCaseStudy Read(MapReader map, DuplicateIds duplicates)
    {
        var id = map.Id();
        duplicates.Add(id, map.Spot, map.Field("id"));
        if (id is not null)
        {
            map.Context.CaseStudyIds.Add(id);
        }

        var title = map.Text("title", required: true) ?? new LocalizedText();
        var role = map.Text("role", required: true) ?? new LocalizedText();
        var industry = map.Text("industry", required: true) ?? new LocalizedText();
        var bodies = ReadBodies(map);
        var image = map.FilePath("image");
        if (image is { } picture)
        {
            map.Context.MediaChecks.Add(() => MediaChecks.Image(map.Context, picture));
        }

        return new AuthoredCaseStudy(id ?? "", title, role, industry, bodies, image?.Absolute);
    }

    /// <summary>One Markdown file per language; a plain path is accepted when the exhibition has one language.</summary>
    private static Dictionary<string, string> ReadBodies(MapReader map)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Get("body", required: true) is not { } node)
        {
            return bodies;
        }

        var languages = map.Context.Languages;
        var entries = node is YamlScalarNode && languages.Count <= 1
            ? new Dictionary<string, (YamlNode, string)> { [languages.Count == 1 ? languages[0] : ""] = (node, map.Field("body")) }
            : map.LanguageEntries(node, map.Field("body"), everyLanguage: true, what: "body file");
        foreach (var (language, (value, field)) in entries ?? [])
        {
            if (map.AsFile(value, field) is { } body)
            {
                bodies[language] = body.Absolute;
                map.Context.MediaChecks.Add(() => MarkdownCheck.Check(map.Context, body));
            }
        }

        return bodies;
    }
}
