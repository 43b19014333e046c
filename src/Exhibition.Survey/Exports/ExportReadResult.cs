namespace Exhibition.Survey.Exports;

/// <summary>What <see cref="ExportReader.ReadAll"/> found.</summary>
/// <param name="Exports">The exports that passed every check, in the order given.</param>
/// <param name="Warnings">Things worth saying that do not stop a report (a <c>.jsonl</c> without a manifest, ...).</param>
/// <param name="Errors">Every export rejected, each naming its file.</param>
public sealed record ExportReadResult(
    IReadOnlyList<ReadExport> Exports, IReadOnlyList<string> Warnings, IReadOnlyList<ExportException> Errors);
