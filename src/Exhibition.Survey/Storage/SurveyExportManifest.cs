namespace Exhibition.Survey.Storage;

/// <summary>
/// The manifest of one export (<c>survey-&lt;kiosk&gt;-&lt;yyyyMMddTHHmm&gt;-&lt;n&gt;.manifest.json</c>): who wrote it,
/// how many responses, and the size and SHA-256 of each file, so that a truncated or altered copy is detected.
/// </summary>
/// <param name="Format">Always <see cref="CurrentFormat"/>.</param>
/// <param name="KioskId">The kiosk that wrote the export.</param>
/// <param name="Bundles">The bundles the responses answer, as <c>id@version</c>, sorted.</param>
/// <param name="Count">How many responses (lines of the JSON-lines file).</param>
/// <param name="All">Whether every response held was exported (<c>--all</c>), not only those never exported.</param>
/// <param name="CreatedDate">The local date the export was written.</param>
/// <param name="CreatedHour">The local hour it was written (no minutes, like the responses).</param>
/// <param name="Files">The JSON-lines file, then the CSV file.</param>
public sealed record SurveyExportManifest(
    string Format, string KioskId, IReadOnlyList<string> Bundles, int Count, bool All,
    DateOnly CreatedDate, int CreatedHour, IReadOnlyList<SurveyExportFile> Files)
{
    /// <summary>The format name written into every manifest.</summary>
    public const string CurrentFormat = "exhibition-survey-export/1";

    /// <summary>The ending of a manifest's file name.</summary>
    public const string Suffix = ".manifest.json";

    /// <summary>The JSON-lines file's entry.</summary>
    public SurveyExportFile JsonLines => Files.First(f => f.Name.EndsWith(".jsonl", StringComparison.Ordinal));
}
