using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>One authored case study.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">Panel title.</param>
/// <param name="Role">The technician's role.</param>
/// <param name="Industry">The industry.</param>
/// <param name="BodyFiles">Absolute path of the Markdown body per language code (one for every language).</param>
/// <param name="ImageFile">Absolute path of the image, or null.</param>
public sealed record AuthoredCaseStudy(
    string Id,
    LocalizedText Title,
    LocalizedText Role,
    LocalizedText Industry,
    IReadOnlyDictionary<string, string> BodyFiles,
    string? ImageFile);
