using ContentPacker.Building;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary>The human form of <c>inspect</c>.</summary>
internal static class InspectTables
{
    public static void Write(BundleSummary s)
    {
        var language = s.Languages.FirstOrDefault() ?? "en";
        var head = new Grid().AddColumn().AddColumn();
        head.AddRow("[bold]Exhibition[/]", Markup.Escape($"{s.Title.In(language)}  ({s.Id} {s.Version})"));
        head.AddRow("[bold]File[/]", Markup.Escape($"{s.File}  {EntryLayout.Bytes(s.FileBytes)}, {s.Entries} entries, format {s.Format}"));
        head.AddRow("[bold]Languages[/]", Markup.Escape(string.Join(", ", s.Languages)));
        head.AddRow("[bold]Signer[/]", s.Signer is { } k ? Markup.Escape($"Ed25519 key {k.Fingerprint}") : "[yellow]unsigned[/]");
        AnsiConsole.Write(head);

        var scenes = new Table().Title("Scenes").AddColumns("Id", "Kind", "Title", "Detail", "Hotspots", "Size");
        scenes.Columns[4].RightAligned();
        scenes.Columns[5].RightAligned();
        foreach (var scene in s.Scenes)
        {
            var detail = scene.Kind == "video"
                ? $"{scene.Resolution}, {scene.DurationSeconds:0.0} s, captions: {string.Join(" ", scene.CaptionLanguages ?? [])}"
                : $"cube {scene.FaceSize} px, {scene.Levels} levels";
            scenes.AddRow(Markup.Escape(scene.Id), scene.Kind, Markup.Escape(scene.Title.In(language)), Markup.Escape(detail),
                scene.Hotspots.ToString(System.Globalization.CultureInfo.InvariantCulture), EntryLayout.Bytes(scene.Bytes));
        }
        AnsiConsole.Write(scenes);

        if (s.CaseStudies.Count > 0)
        {
            var studies = new Table().Title("Case studies").AddColumns("Id", "Title", "Role", "Industry", "Size");
            studies.Columns[4].RightAligned();
            foreach (var c in s.CaseStudies)
                studies.AddRow(Markup.Escape(c.Id), Markup.Escape(c.Title.In(language)), Markup.Escape(c.Role.In(language)),
                    Markup.Escape(c.Industry.In(language)), EntryLayout.Bytes(c.Bytes));
            AnsiConsole.Write(studies);
        }

        var survey = new Table().Title("Exit survey").AddColumns("Id", "Kind", "Required", "Options", "Question");
        foreach (var q in s.Survey.Questions)
            survey.AddRow(Markup.Escape(q.Id), q.Kind.ToString().ToLowerInvariant(), q.Required ? "yes" : "no",
                Markup.Escape(string.Join(", ", q.Options)), Markup.Escape(q.Text.In(language)));
        AnsiConsole.Write(survey);
    }
}
