using System.Globalization;
using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Commands;

public static partial class SurveyCommands
{
    /// <summary>
    /// <c>survey export --to DIR [--all]</c> (and the admin screen's button): writes the responses not yet exported
    /// (<paramref name="all"/>: every response held) to a new export in <paramref name="folder"/> through
    /// <see cref="SurveyStore.Export(string, bool)"/>, then writes <c>exported N responses</c> and the three file paths
    /// to <paramref name="output"/>. Exporting twice is safe: nothing is deleted and no export replaces another.
    /// </summary>
    /// <returns><see cref="Ok"/>, or <see cref="StoreUnavailable"/> (the reason on <paramref name="errors"/>) when the
    /// store or the folder cannot be used; the responses then stay pending.</returns>
    public static int Export(SurveyStore store, string folder, bool all, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        return ExportCore(store, folder, all, output, errors);
    }

    /// <summary>
    /// <c>survey purge</c>: deletes the responses already exported or synced (<see cref="SurveyStore.Purge"/>) and
    /// writes <c>purged N, pending P kept</c> to <paramref name="output"/>.
    /// </summary>
    /// <returns><see cref="Ok"/> or <see cref="StoreUnavailable"/>.</returns>
    public static int Purge(SurveyStore store, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        return PurgeCore(store, output, errors);
    }

    private static int ExportCore(SurveyStore store, string folder, bool all, TextWriter output, TextWriter errors)
    {
        try
        {
            var export = store.Export(folder, all);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {export.Count} responses"));
            output.WriteLine(export.FilePath);
            output.WriteLine(export.CsvPath);
            output.WriteLine(export.ManifestPath);
            return Ok;
        }
        catch (SurveyStoreUnavailableException e)
        {
            errors.WriteLine($"not exported: {e.Message}");
            return StoreUnavailable;
        }
    }

    private static int PurgeCore(SurveyStore store, TextWriter output, TextWriter errors)
    {
        try
        {
            var purged = store.Purge();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"purged {purged}, pending {store.Stats().Pending} kept"));
            return Ok;
        }
        catch (SurveyStoreUnavailableException e)
        {
            errors.WriteLine($"not purged: {e.Message}");
            return StoreUnavailable;
        }
    }
}
