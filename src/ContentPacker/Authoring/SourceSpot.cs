namespace ContentPacker.Authoring;

/// <summary>A place in an authoring file: relative file name and 1-based line and column (0, 0 for the whole file).</summary>
internal readonly record struct SourceSpot(string File, int Line, int Column)
{
    public static SourceSpot WholeFile(string file) => new(file, 0, 0);
}
