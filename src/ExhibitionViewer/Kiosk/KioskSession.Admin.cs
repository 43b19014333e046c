using System.Globalization;
using System.Reflection;
using Exhibition.Survey.Storage;

namespace ExhibitionViewer.KioskMode;

/// <summary>The PIN pad and the admin screen.</summary>
internal sealed partial class KioskSession
{
    /// <summary>Wrong PINs in a row before the pad locks.</summary>
    public const int MaxPinFailures = 5;

    public const double PinLockoutSeconds = 60;

    private string pin = "";
    private int pinFailures;
    private double pinLockout;

    /// <summary>Digits typed so far (the painter shows dots, never the digits).</summary>
    public int PinLength => pin.Length;

    public string? PinMessage { get; private set; }

    public string? AdminMessage { get; private set; }

    public static string AppVersion =>
        typeof(KioskSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";

    private void EnterPinEntry()
    {
        if (State is KioskState.PinEntry or KioskState.Admin)
        {
            return;
        }

        Flow?.Discard();
        Flow = null;
        pin = "";
        PinMessage = runtime.AdminPin is null ? "No admin PIN is set on this machine (ExhibitionViewer kiosk set-pin)." : null;
        State = KioskState.PinEntry;
        log.Information("Admin PIN pad opened");
    }

    private void UpdatePinLockout(double seconds)
    {
        if (pinLockout > 0 && (pinLockout -= seconds) <= 0)
        {
            pinFailures = 0;
            PinMessage = null;
        }
    }

    private void ActivatePin(string action)
    {
        var key = action.Partition(':').Tail;
        switch (key)
        {
            case "cancel":
                EndVisit();
                return;
            case "clear":
                pin = "";
                return;
            case "ok":
                CheckPin();
                return;
            default:
                if (key.Length == 1 && char.IsAsciiDigit(key[0]) && pin.Length < PinHash.MaxLength)
                {
                    pin += key;
                }

                return;
        }
    }

    private void CheckPin()
    {
        var entered = pin;
        pin = "";
        if (runtime.AdminPin is null || pinLockout > 0)
        {
            return;
        }

        if (runtime.AdminPin.Verify(entered))
        {
            pinFailures = 0;
            PinMessage = null;
            State = KioskState.Admin;
            log.Information("Admin screen opened");
            return;
        }

        pinFailures++;
        log.Warning("Wrong admin PIN ({Failures} in a row)", pinFailures);
        if (pinFailures >= MaxPinFailures)
        {
            pinLockout = PinLockoutSeconds;
            PinMessage = string.Create(CultureInfo.InvariantCulture, $"Too many wrong PINs. Try again in {PinLockoutSeconds:0} seconds.");
        }
        else
        {
            PinMessage = "Wrong PIN.";
        }
    }

    /// <summary>Answer counts for the admin screen, or a note that the store is unavailable.</summary>
    public string CountsText()
    {
        if (store is null)
        {
            return "Survey store unavailable";
        }

        try
        {
            var s = store.Stats();
            return string.Create(CultureInfo.InvariantCulture, $"{s.Total} answers: {s.Pending} waiting, {s.Exported} exported, {s.Synced} synced");
        }
        catch (SurveyStoreException e)
        {
            log.Warning(e, "Cannot count the survey answers");
            return "Survey store unavailable";
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
