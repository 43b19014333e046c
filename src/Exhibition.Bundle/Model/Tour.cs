namespace Exhibition.Bundle.Model;

/// <summary>
/// Everything a viewer needs to play an exhibition, stored as <c>tour.json</c> in a bundle.
/// Paths in it name bundle entries.
/// </summary>
public sealed record Tour
{
    /// <summary>Stable exhibition id, e.g. <c>technicians-gallery</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The exhibition's own version, e.g. <c>1.2.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The title shown to visitors.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The languages offered, the first being the default.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The scene a visit starts in.</summary>
    public required string FirstScene { get; init; }

    /// <summary>Cross-fade duration between scenes, in seconds.</summary>
    public double TransitionSeconds { get; init; } = 0.8;

    /// <summary>Scenes in authoring order.</summary>
    public required IReadOnlyList<Scene> Scenes { get; init; }

    /// <summary>Case studies in authoring order.</summary>
    public IReadOnlyList<CaseStudy> CaseStudies { get; init; } = [];

    /// <summary>The exit survey.</summary>
    public required Survey Survey { get; init; }

    /// <summary>How a kiosk behaves while this exhibition plays.</summary>
    public required KioskSettings Kiosk { get; init; }

    /// <summary>Visitor-facing interface strings (buttons, prompts) per key, per language.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Strings { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>The scene with the given id, or null.</summary>
    public Scene? FindScene(string id) => Scenes.FirstOrDefault(s => s.Id == id);

    /// <summary>The case study with the given id, or null.</summary>
    public CaseStudy? FindCaseStudy(string id) => CaseStudies.FirstOrDefault(c => c.Id == id);
}
