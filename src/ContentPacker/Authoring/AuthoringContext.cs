namespace ContentPacker.Authoring;

/// <summary>State shared by the readers during one load.</summary>
internal sealed class AuthoringContext(string folder, IAuthoringMediaProbe probe)
{
    /// <summary>Absolute, normalised authoring folder without a trailing separator.</summary>
    public string Folder { get; } = folder;

    public IAuthoringMediaProbe Probe { get; } = probe;

    public ProblemList Problems { get; } = new();

    /// <summary>The declared languages; empty when <c>languages</c> is missing or wrong, which turns off language checks.</summary>
    public IReadOnlyList<string> Languages { get; set; } = [];

    public List<PendingReference> References { get; } = [];

    /// <summary>Media checks, run after the documents are read so structural problems come first.</summary>
    public List<Action> MediaChecks { get; } = [];

    /// <summary>Scene id to whether it is a video scene.</summary>
    public Dictionary<string, bool> SceneKinds { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CaseStudyIds { get; } = new(StringComparer.Ordinal);
}
