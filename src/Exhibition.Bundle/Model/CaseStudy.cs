namespace Exhibition.Bundle.Model;

/// <summary>The story of one technician's role, shown in a panel.</summary>
public sealed record CaseStudy
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Panel title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The technician's role, e.g. "Aerospace composites technician".</summary>
    public required LocalizedText Role { get; init; }

    /// <summary>The industry, e.g. "Aerospace".</summary>
    public required LocalizedText Industry { get; init; }

    /// <summary>Entry path of the Markdown body per language.</summary>
    public required IReadOnlyDictionary<string, string> BodyPaths { get; init; }

    /// <summary>Entry path of the image (JPEG, resized for display), or null.</summary>
    public string? ImagePath { get; init; }
}
