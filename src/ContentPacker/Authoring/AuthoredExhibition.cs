using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>A validated <c>exhibition.yaml</c>: the tour as authored, with absolute paths to every source file.</summary>
/// <param name="Folder">Absolute path of the authoring folder.</param>
/// <param name="Id">The exhibition's stable id.</param>
/// <param name="Version">The exhibition's own version string.</param>
/// <param name="Languages">Language codes, the first being the default.</param>
/// <param name="Title">Title shown to visitors.</param>
/// <param name="FirstScene">The scene a visit starts in (the first scene listed unless given).</param>
/// <param name="TransitionSeconds">Cross-fade between scenes.</param>
/// <param name="Scenes">Scenes in authoring order.</param>
/// <param name="CaseStudies">Case studies in authoring order.</param>
/// <param name="Survey">The exit survey.</param>
/// <param name="Kiosk">Kiosk behaviour.</param>
public sealed record AuthoredExhibition(
    string Folder,
    string Id,
    string Version,
    IReadOnlyList<string> Languages,
    LocalizedText Title,
    string FirstScene,
    double TransitionSeconds,
    IReadOnlyList<AuthoredScene> Scenes,
    IReadOnlyList<AuthoredCaseStudy> CaseStudies,
    Survey Survey,
    KioskSettings Kiosk)
{
    /// <summary>The bundle's own wording of the kiosk's interface words, by key (see <see cref="InterfaceStrings"/>).</summary>
    public IReadOnlyDictionary<string, LocalizedText> Strings { get; init; } = new Dictionary<string, LocalizedText>();
}
