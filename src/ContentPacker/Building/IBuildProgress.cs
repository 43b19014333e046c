namespace ContentPacker.Building;

/// <summary>Where a build reports its steps: progress bars on a terminal, nothing in <c>--json</c> mode.</summary>
internal interface IBuildProgress
{
    /// <summary>Starts a step and returns its 0..1 progress sink.</summary>
    IProgress<double> Begin(string description);

    /// <summary>Ends the step started with the same description; <paramref name="reused"/> when the cache supplied it.</summary>
    void End(string description, bool reused);
}
