namespace ContentPacker.Authoring;

/// <summary>One thing to fix in an authoring folder.</summary>
/// <param name="File">The file at fault, relative to the authoring folder, with <c>/</c> separators.</param>
/// <param name="Line">1-based line in <paramref name="File"/>, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 with <paramref name="Line"/> 0.</param>
/// <param name="Field">Where in the authoring document, e.g. <c>scenes[2].hotspots[0].scene</c>; empty for the file itself.</param>
/// <param name="Message">What is wrong and, where it can, what to write instead.</param>
public sealed record AuthoringProblem(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>Compiler-style text: <c>exhibition.yaml:14:7: scenes[2].hotspots[0].scene: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return Field.Length > 0 ? $"{where}: {Field}: {Message}" : $"{where}: {Message}";
    }
}
