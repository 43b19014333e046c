namespace ContentPacker.Reports;

/// <summary>What <c>survey report</c> did, as printed by <c>--json</c>.</summary>
/// <param name="Output">The report folder.</param>
/// <param name="Exports">Exports merged.</param>
/// <param name="Responses">Distinct responses.</param>
/// <param name="DuplicatesIgnored">Copies of a response already counted.</param>
/// <param name="Kiosks">Kiosks the responses came from.</param>
/// <param name="Questions">Questions reported.</param>
/// <param name="Charts">Chart files written under <c>charts/</c>.</param>
/// <param name="Warnings">Things worth checking (unverified files, copies that differ).</param>
internal sealed record ReportSummary(
    string Output, int Exports, int Responses, int DuplicatesIgnored, int Kiosks, int Questions,
    IReadOnlyList<string> Charts, IReadOnlyList<string> Warnings);
