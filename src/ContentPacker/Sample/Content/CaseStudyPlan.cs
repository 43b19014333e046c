using ContentPacker.Sample.Art;
using SkiaSharp;

namespace ContentPacker.Sample.Content;

/// <summary>One technician's story: the YAML fields, the picture and the Markdown body in both languages.</summary>
internal sealed record CaseStudyPlan(
    string Id, string Person, Text Title, Text Role, Text Industry, Illustration Art, SKColor Accent, Text Intro,
    IReadOnlyList<Text> Tasks, Text Route, Text Quote)
{
    /// <summary>The Markdown body: headings, emphasis, a list, a quote and one absolute link.</summary>
    public string Markdown(bool welsh)
    {
        string Pick(Text t) => welsh ? t.Cy : t.En;
        var link = $"https://example.org/careers/{Id}";
        var lines = new List<string>
        {
            $"# {Pick(Title)}",
            string.Empty,
            welsh ? $"Mae **{Person}** yn *{Mutated(Role.Cy)}*. {Intro.Cy}" : $"**{Person}** is a *{Role.En.ToLowerInvariant()}*. {Intro.En}",
            string.Empty,
            welsh ? "## Beth mae'r swydd yn ei olygu" : "## What the job involves",
            string.Empty,
        };
        lines.AddRange(Tasks.Select(t => $"- {Pick(t)}"));
        lines.AddRange(
        [
            string.Empty,
            welsh ? $"## Sut y cyrhaeddodd {Person} yma" : $"## How {Person} got here",
            string.Empty,
            Pick(Route),
            string.Empty,
            $"> {Pick(Quote)}",
            string.Empty,
            welsh ? $"[Rhagor am yrfaoedd ym maes {Industry.Cy.ToLowerInvariant()}]({link})" : $"[Find out more about careers in {Industry.En.ToLowerInvariant()}]({link})",
            string.Empty,
        ]);
        return string.Join('\n', lines);
    }

    // After predicative "yn", Welsh softens the first consonant: "yn dechnegydd".
    private static string Mutated(string role)
    {
        var lower = role.ToLowerInvariant();
        return lower.StartsWith('t') ? "d" + lower[1..] : lower;
    }
}
