namespace ContentPacker.Building;

/// <summary>What a build made; the body of <c>build --json</c>.</summary>
internal sealed record BuildResult(
    string Output,
    string Id,
    string Version,
    int Entries,
    long Bytes,
    string? Signer,
    double Seconds,
    IReadOnlyList<BuildStep> Steps);

/// <summary>One media conversion of a build.</summary>
internal sealed record BuildStep(string Description, bool Reused, double Seconds);
