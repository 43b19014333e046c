using System.Globalization;
using System.Reflection;
using Exhibition.Survey.Storage;

namespace ExhibitionViewer.KioskMode;

/// <summary>The admin screen: counts, export, sync, restart, quit.</summary>
internal sealed partial class KioskSession
{
    public string? AdminMessage { get; private set; }

    public static string AppVersion =>
        typeof(KioskSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";

    /// <summary>
    /// Answer counts for the admin screen, or a note that the store is unavailable. Counted when the screen opens and
    /// after each of its actions, not every frame: the store's lock is shared with the sync worker.
    /// </summary>
    public string CountsText { get; private set; } = "";

    private void RefreshCounts()
    {
        if (store is null)
        {
            CountsText = "Survey store unavailable";
            return;
        }

        try
        {
            var s = store.Stats();
            CountsText = string.Create(CultureInfo.InvariantCulture, $"{s.Total} answers: {s.Pending} waiting, {s.Exported} exported, {s.Synced} synced");
        }
        catch (SurveyStoreException e)
        {
            log.Warning(e, "Cannot count the survey answers");
            CountsText = "Survey store unavailable";
        }
    }

    private void ActivateAdmin(string action)
    {
        switch (action)
        {
            case "admin:export": Export(); break;
            case "admin:sync":
                Sync?.Nudge();
                AdminMessage = Sync?.LastPass is { } last
                    ? $"Sync requested. Last pass: {last.Status}, sent {last.Sent}."
                    : "Sync requested.";
                break;
            case "admin:restart": RequestExit(RestartExitCode); break;
            case "admin:quit": RequestExit(0); break;
            case "admin:close": EndVisit(); break;
        }

        RefreshCounts();
    }

    private void Export()
    {
        if (store is null || runtime.ExportFolder is not { Length: > 0 } folder)
        {
            AdminMessage = store is null ? "The survey store is unavailable." : "No export folder is configured (exportFolder in kiosk.json).";
            return;
        }

        try
        {
            var export = store.Export(folder);
            AdminMessage = string.Create(CultureInfo.InvariantCulture, $"Exported {export.Count} answers to {export.FilePath}");
            log.Information("Exported {Count} answers to {Path}", export.Count, export.FilePath);
        }
        catch (SurveyStoreException e)
        {
            AdminMessage = "Export failed: " + e.Message;
            log.Warning(e, "Export failed");
        }
    }

    private void RequestExit(int code)
    {
        log.Information("Admin asked to {Action}", code == 0 ? "quit" : "restart");
        ExitRequested = true;
        ExitCode = code;
    }
}
