namespace ContentPacker.Authoring;

/// <summary>The outcome of loading an authoring folder.</summary>
/// <param name="Exhibition">The loaded exhibition; null whenever there is any problem.</param>
/// <param name="Problems">Every problem found, exhibition.yaml's first, then other files' by name, each by line.</param>
public sealed record AuthoringResult(AuthoredExhibition? Exhibition, IReadOnlyList<AuthoringProblem> Problems)
{
    /// <summary>True when nothing is wrong and <see cref="Exhibition"/> is set.</summary>
    public bool IsValid => Problems.Count == 0;
}
