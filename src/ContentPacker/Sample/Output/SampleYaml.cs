using ContentPacker.Sample.Content;

namespace ContentPacker.Sample.Output;

/// <summary>Writes <c>exhibition.yaml</c> exactly in the authoring format, from the same plans the pictures came from.</summary>
internal static partial class SampleYaml
{
    public const string ExhibitionId = "technicians-gallery";

    public static string Build()
    {
        var yaml = new YamlText()
            .Line(0, "# The sample exhibition written by `exhibition-pack sample`: edit it, then pack it with `exhibition-pack build`.")
            .Line(0, $"id: {ExhibitionId}")
            .Line(0, "version: 1.0.0")
            .Line(0, "languages: [en, cy]")
            .Line(0, $"title: {YamlText.Map(SampleRooms.ExhibitionTitle)}")
            .Line(0, $"first_scene: {SampleRooms.Entrance}")
            .Line(0, "transition_seconds: 0.8")
            .Blank();
        Scenes(yaml);
        CaseStudies(yaml);
        Survey(yaml);
        Kiosk(yaml);
        return yaml.ToString();
    }

    private static void CaseStudies(YamlText yaml)
    {
        yaml.Line(0, "case_studies:");
        foreach (var study in SampleCaseStudies.All)
        {
            yaml.Line(1, $"- id: {study.Id}")
                .Line(2, $"title: {YamlText.Map(study.Title)}")
                .Line(2, $"role: {YamlText.Map(study.Role)}")
                .Line(2, $"industry: {YamlText.Map(study.Industry)}")
                .Line(2, $"body: {{en: {SamplePaths.CaseStudyBody(study.Id, "en")}, cy: {SamplePaths.CaseStudyBody(study.Id, "cy")}}}")
                .Line(2, $"image: {SamplePaths.CaseStudyImage(study.Id)}");
        }

        yaml.Blank();
    }

    private static void Kiosk(YamlText yaml)
    {
        var attract = string.Join(", ", SampleRooms.All.Select(r => r.Id));
        yaml.Line(0, "kiosk:")
            .Line(1, "idle_timeout: 90")
            .Line(1, $"attract_scenes: [{attract}]")
            .Line(1, "auto_rotate: 4")
            .Line(1, "auto_rotate_after: 20")
            .Line(1, $"careers_link: {SampleRooms.CareersUrl}")
            .Line(1, $"last_scene: {SampleRooms.Workshop}");
    }
}
