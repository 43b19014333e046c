namespace ContentPacker.Media;

/// <summary>Checks WebVTT caption files.</summary>
public static class WebVtt
{
    /// <summary>Returns problems as (line, message) pairs; empty when the file is valid WebVTT.</summary>
    public static IReadOnlyList<(int Line, string Message)> Check(string file) => throw new NotImplementedException();
}
