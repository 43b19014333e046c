using Exhibition.Bundle.Model;

namespace Exhibition.Survey.Tests.Support;

/// <summary>A tour whose survey has one question of each kind, offered in English and Welsh.</summary>
internal static class SampleSurvey
{
    public const string YesNo = "enjoyed";
    public const string Single = "age";
    public const string Multi = "careers";
    public const string Scale = "rating";
    public const string Text = "comment";

    public static Tour Tour() => new()
    {
        Id = "technicians-gallery",
        Version = "1.2.0",
        Title = Text2("Technicians"),
        Languages = ["en", "cy"],
        FirstScene = "foyer",
        Scenes = [],
        Kiosk = new KioskSettings(),
        Survey = new Bundle.Model.Survey
        {
            Questions =
            [
                new SurveyQuestion { Id = YesNo, Kind = QuestionKind.YesNo, Required = true, Text = Text2("Enjoyed it?") },
                new SurveyQuestion { Id = Single, Kind = QuestionKind.Single, Required = true, Text = Text2("Age?"), Options = Options("under-14", "14-16", "17-18", "adult") },
                new SurveyQuestion { Id = Multi, Kind = QuestionKind.Multi, Text = Text2("Careers?"), Options = Options("lab", "theatre", "engineering") },
                new SurveyQuestion { Id = Scale, Kind = QuestionKind.Scale, Required = true, Text = Text2("Rating?") },
                new SurveyQuestion { Id = Text, Kind = QuestionKind.Text, Text = Text2("Anything else?"), MaxLength = 20 },
            ],
        },
    };

    /// <summary>A valid <c>survey record</c> line; <paramref name="seed"/> varies the answers.</summary>
    public static string Line(int seed) =>
        $$$"""{"language": "{{{(seed % 2 == 0 ? "en" : "cy")}}}", "answers": {"{{{YesNo}}}": {{{(seed % 3 == 0 ? "true" : "false")}}}, "{{{Single}}}": "adult", "{{{Multi}}}": ["lab", "theatre"], "{{{Scale}}}": {{{1 + seed % 5}}}, "{{{Text}}}": "n{{{seed % 1000}}}"}}""";

    private static LocalizedText Text2(string english) => new([new("en", english), new("cy", english)]);

    private static IReadOnlyList<SurveyOption> Options(params string[] ids) => [.. ids.Select(id => new SurveyOption(id, Text2(id)))];
}
