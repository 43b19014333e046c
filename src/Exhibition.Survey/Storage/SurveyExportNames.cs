using System.Globalization;

namespace Exhibition.Survey.Storage;

/// <summary>Export file names: <c>survey-&lt;kiosk&gt;-&lt;yyyyMMddTHHmm&gt;-&lt;n&gt;</c> plus an extension.</summary>
internal static class SurveyExportNames
{
    /// <summary>
    /// The first base name not used in <paramref name="folder"/> by any file, whole, orphaned by a crash or temporary,
    /// so an export never replaces another, even two within the same minute.
    /// </summary>
    public static string Next(string folder, string kioskId, DateTime now)
    {
        var stem = $"survey-{kioskId}-{now.ToString("yyyyMMdd'T'HHmm", CultureInfo.InvariantCulture)}-";
        var used = 0;
        foreach (var path in Directory.EnumerateFiles(folder, $"*{stem}*"))
        {
            var name = Path.GetFileName(path).TrimStart('.');
            if (!name.StartsWith(stem, StringComparison.Ordinal)) continue;
            var rest = name.AsSpan(stem.Length);
            var dot = rest.IndexOf('.');
            if (dot > 0 && int.TryParse(rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) used = Math.Max(used, n);
        }

        return stem + (used + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Deletes temporary files a killed export of this kiosk left behind. Only this kiosk's: its store is open by
    /// this process alone, so none of them can belong to an export still running; another kiosk's may.
    /// </summary>
    public static void RemoveStaleTemporaries(string folder, string kioskId)
    {
        foreach (var path in Directory.EnumerateFiles(folder, $".survey-{kioskId}-*.tmp")) File.Delete(path);
    }
}
