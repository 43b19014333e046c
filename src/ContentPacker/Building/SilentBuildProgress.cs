namespace ContentPacker.Building;

/// <summary>Progress for <c>--json</c> runs and tests: nothing shown.</summary>
internal sealed class SilentBuildProgress : IBuildProgress
{
    private static readonly IProgress<double> Nowhere = new Progress<double>();

    public IProgress<double> Begin(string description) => Nowhere;

    public void End(string description, bool reused) { }
}
