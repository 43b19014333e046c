using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using Exhibition.Bundle.Signing;
using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.Kiosk.Support;

/// <summary>The test tour with a five-question exit survey (one of each kind), a careers link and a last scene.</summary>
internal static class KioskTour
{
    public const string CareersLink = "https://example.org/careers";

    public static Dictionary<string, byte[]> Entries(out Tour tour, double idleTimeoutSeconds = 90)
    {
        var entries = TourBundle.Entries(out var plain);
        tour = plain with
        {
            Survey = Survey,
            Kiosk = new KioskSettings
            {
                AutoRotateAfterSeconds = 3600, IdleTimeoutSeconds = idleTimeoutSeconds, AttractScenes = ["workshop", "hall"],
                CareersLink = CareersLink, LastScene = "workshop",
            },
            Title = new LocalizedText { ["en"] = "Careers in Making", ["cy"] = "Gyrfaoedd mewn Gwneud" },
        };
        entries[TourJson.EntryPath] = TourJson.Serialize(tour);
        return entries;
    }

    public static void Write(string bundlePath, SigningKey? key = null, double idleTimeoutSeconds = 90)
    {
        using var writer = new BundleWriter(bundlePath);
        var entries = Entries(out var tour, idleTimeoutSeconds);
        foreach (var (path, bytes) in entries)
        {
            writer.AddEntry(path, bytes);
        }

        writer.Commit(tour.Id, tour.Version, key);
    }

    public static Exhibition.Bundle.Model.Survey Survey { get; } = new()
    {
        Questions =
        [
            Q("visited", QuestionKind.YesNo, "Have you been inside a workplace like these before?", required: true),
            Q("interest", QuestionKind.Single, "Which kind of work interested you most?", required: true,
                options: [("engineering", "Engineering"), ("health", "Health and care"), ("creative", "Creative and media"), ("digital", "Digital")]),
            Q("enjoyed", QuestionKind.Scale, "How much did you enjoy the exhibition?", required: true),
            Q("more", QuestionKind.Multi, "What would you like to see more of?",
                options: [("videos", "Videos"), ("stories", "People's stories"), ("workshops", "Workshops"), ("maps", "Maps")]),
            Q("comment", QuestionKind.Text, "Anything else you would like to tell us?") with { MaxLength = 120 },
        ],
        ThankYou = new LocalizedText { ["en"] = "Your answers help us make the next exhibition better.", ["cy"] = "Diolch am eich atebion." },
    };

    private static SurveyQuestion Q(string id, QuestionKind kind, string text, bool required = false, (string Id, string Text)[]? options = null) => new()
    {
        Id = id,
        Kind = kind,
        Required = required,
        Text = new LocalizedText { ["en"] = text, ["cy"] = text + " (cy)" },
        Options = [.. (options ?? []).Select(o => new SurveyOption(o.Id, new LocalizedText { ["en"] = o.Text, ["cy"] = o.Text + " (cy)" }))],
    };
}
