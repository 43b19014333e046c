namespace Exhibition.Survey.Exports;

/// <summary>An export cannot be used (missing, truncated, altered or not an export); the message names the file and,
/// where one is at fault, the line.</summary>
public sealed class ExportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ExportException(string file, int? line, string message, Exception? inner = null)
        : base(line is { } n ? $"{file}, line {n}: {message}" : $"{file}: {message}", inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault, when one is.</summary>
    public int? Line { get; }
}
