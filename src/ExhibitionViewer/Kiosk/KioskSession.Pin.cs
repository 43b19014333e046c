using System.Globalization;

namespace ExhibitionViewer.KioskMode;

/// <summary>The admin PIN pad: digits shown as dots, a lockout after repeated wrong PINs.</summary>
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
            RefreshCounts();
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
}
