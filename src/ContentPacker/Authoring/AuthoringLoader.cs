namespace ContentPacker.Authoring;

/// <summary>
/// Loads and validates an authoring folder (<c>exhibition.yaml</c> and the media it names) as docs/authoring.md
/// specifies, before any media is converted. Every problem is reported at once with file, line and field.
/// </summary>
public static class AuthoringLoader
{
    /// <summary>
    /// Reads <paramref name="folder"/>/exhibition.yaml, checks it and every file it names (including image sizes,
    /// video probes, captions and Markdown bodies). Never throws for bad content: problems are returned.
    /// </summary>
    /// <exception cref="ArgumentException">The folder path is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static AuthoringResult Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return Load(folder, PackerMediaProbe.Instance);
    }

    /// <summary>Load with the given media probes (tests replace them).</summary>
    internal static AuthoringResult Load(string folder, IAuthoringMediaProbe probe)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(probe);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"Authoring folder '{folder}' does not exist.");
        }

        return LoadCore(new AuthoringContext(full, probe));
    }

    private static AuthoringResult LoadCore(AuthoringContext context)
    {
        var exhibition = ExhibitionReader.Read(context);
        return context.Problems.Count == 0 && exhibition is not null
            ? new AuthoringResult(exhibition, [])
            : new AuthoringResult(null, InReadingOrder(context.Problems.Items));
    }

    /// <summary>exhibition.yaml first, then other files by name, each by line; ties keep the order found.</summary>
    private static List<AuthoringProblem> InReadingOrder(IReadOnlyList<AuthoringProblem> problems) =>
    [
        .. problems
            .OrderBy(p => p.File == AuthoringRules.MainFile ? 0 : 1)
            .ThenBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column),
    ];
}
