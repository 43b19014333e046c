using System.Text.Json.Serialization;
using ContentPacker.Building;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;

namespace ContentPacker.Commands;

/// <summary>What <c>inspect</c> reports; its JSON form is a documented interface for scripts.</summary>
internal sealed record BundleSummary(
    string File,
    long FileBytes,
    int Format,
    string Id,
    string Version,
    LocalizedText Title,
    IReadOnlyList<string> Languages,
    SignerSummary? Signer,
    int Entries,
    IReadOnlyList<SceneSummary> Scenes,
    IReadOnlyList<CaseStudySummary> CaseStudies,
    SurveySummary Survey,
    KioskSettings Kiosk)
{
    public static BundleSummary From(BundleReader reader, long fileBytes)
    {
        var tour = reader.ReadTour();
        var manifest = reader.Manifest;
        long BytesUnder(string prefix) => manifest.Entries.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)).Sum(e => e.Size);

        return new BundleSummary(
            reader.FilePath,
            fileBytes,
            manifest.Format,
            manifest.Id,
            manifest.Version,
            tour.Title,
            tour.Languages,
            reader.Signer is { } key ? new SignerSummary(key.Fingerprint, key.Base64) : null,
            manifest.Entries.Count,
            tour.Scenes.Select(s => SceneSummary.From(s, BytesUnder(EntryLayout.ScenePrefix(s.Id)))).ToList(),
            tour.CaseStudies.Select(c => new CaseStudySummary(c.Id, c.Title, c.Role, c.Industry, BytesUnder(EntryLayout.CaseStudyPrefix(c.Id)))).ToList(),
            new SurveySummary(tour.Survey.Questions.Select(q => new QuestionSummary(q.Id, q.Kind, q.Required, q.Options.Select(o => o.Id).ToList(), q.Text)).ToList()),
            tour.Kiosk);
    }
}

/// <summary>Who signed a bundle.</summary>
internal sealed record SignerSummary(string Fingerprint, string PublicKey);

/// <summary>One scene as <c>inspect</c> reports it.</summary>
internal sealed record SceneSummary(
    string Id,
    string Kind,
    LocalizedText Title,
    int Hotspots,
    long Bytes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? FaceSize,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Levels,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Resolution,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? DurationSeconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? CaptionLanguages)
{
    public static SceneSummary From(Scene scene, long bytes) => scene switch
    {
        { Panorama: { } p } => new SceneSummary(scene.Id, p.Extent is null ? "panorama" : "partial-panorama", scene.Title, scene.Hotspots.Count, bytes,
            p.FaceSize, p.LevelSizes.Count, null, null, null),
        { Video: { } v } => new SceneSummary(scene.Id, "video", scene.Title, scene.Hotspots.Count, bytes,
            null, null, $"{v.Width}x{v.Height}", v.DurationSeconds, v.Captions.Keys.Order(StringComparer.Ordinal).ToList()),
        _ => new SceneSummary(scene.Id, "unknown", scene.Title, scene.Hotspots.Count, bytes, null, null, null, null, null),
    };
}

/// <summary>One case study as <c>inspect</c> reports it.</summary>
internal sealed record CaseStudySummary(string Id, LocalizedText Title, LocalizedText Role, LocalizedText Industry, long Bytes);

/// <summary>The survey as scripts need it to build answers.</summary>
internal sealed record SurveySummary(IReadOnlyList<QuestionSummary> Questions);

/// <summary>One survey question: its id, kind (yesno, single, multi, scale, text), whether required, and its option ids.</summary>
internal sealed record QuestionSummary(string Id, QuestionKind Kind, bool Required, IReadOnlyList<string> Options, LocalizedText Text);
