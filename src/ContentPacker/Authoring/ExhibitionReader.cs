using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>Reads <c>exhibition.yaml</c>: the top level, then each part, then cross references, then media.</summary>
internal static class ExhibitionReader
{
    private static readonly string[] Keys =
        ["id", "version", "languages", "title", "first_scene", "transition_seconds", "scenes", "case_studies", "survey", "kiosk", "strings"];

    public static AuthoredExhibition? Read(AuthoringContext context)
    {
        var file = AuthoringRules.MainFile;
        if (YamlDocumentLoader.Load(context, file, Path.Combine(context.Folder, file)) is not { } root
            || MapReader.Open(root, context, file, "", Keys) is not { } map)
        {
            return null;
        }

        context.Languages = LanguagesReader.Read(map);
        var id = map.Id();
        var version = map.String("version", required: true);
        var title = map.Text("title", required: true);
        var firstScene = map.Reference("first_scene", ReferenceKind.AnyScene);
        var transition = map.Number("transition_seconds", 0, AuthoringRules.MaxTransitionSeconds) ?? 0.8;
        var scenes = SceneReader.ReadAll(map);
        var caseStudies = CaseStudyReader.ReadAll(map);
        var survey = SurveyReader.Read(map);
        var kiosk = KioskReader.Read(map);
        var strings = StringsReader.Read(map);

        ReferenceChecker.Check(context);
        foreach (var check in context.MediaChecks)
        {
            check();
        }

        return context.Problems.Count > 0 || id is null || version is null || title is null || survey is null
            ? null
            : new AuthoredExhibition(context.Folder, id, version, context.Languages, title,
                firstScene ?? scenes[0].Id, transition, scenes, caseStudies, survey, kiosk) { Strings = strings };
    }
}
