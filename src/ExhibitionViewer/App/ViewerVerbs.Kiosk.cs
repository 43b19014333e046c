using System.Globalization;
using ExhibitionViewer.KioskMode;

namespace ExhibitionViewer.App;

/// <summary>The <c>kiosk</c> verbs: write and show this machine's <c>kiosk.json</c>.</summary>
internal static partial class ViewerVerbs
{
    private static int KioskInit(VerbArguments a)
    {
        var data = a.Data;
        var existing = KioskConfig.Load(data);
        var bundle = Path.GetFullPath(a.Required("--bundle"));
        var trust = a.All("--trust");
        if (trust.Count == 0)
        {
            throw new ViewerException(ViewerException.BadInput, "--trust KEY is required: kiosk mode shows only bundles signed by a trusted publisher");
        }

        var config = existing with
        {
            Bundle = bundle,
            TrustedKeys = [.. trust.Select(k => File.Exists(k) ? Path.GetFullPath(k) : k)],
            ExportFolder = a.Value("--export-folder") is { } export ? Path.GetFullPath(export) : existing.ExportFolder,
            IdleTimeoutSeconds = a.Value("--idle-timeout") is { } idle ? Number(idle, "--idle-timeout") : existing.IdleTimeoutSeconds,
            ReducedMotion = a.Has("--reduced-motion") || existing.ReducedMotion,
            Display = a.Value("--display") is { } display ? (int)Number(display, "--display") : existing.Display,
            SyncEndpoint = a.Value("--sync-endpoint") ?? existing.SyncEndpoint,
            SyncToken = a.Value("--sync-token") ?? existing.SyncToken,
        };
        config.Save(data);
        Console.Out.WriteLine($"wrote {KioskConfig.PathIn(data)}");
        if (config.AdminPin is null)
        {
            Console.Out.WriteLine("no admin PIN yet: run 'ExhibitionViewer kiosk set-pin' (the admin screen stays locked until then)");
        }

        return 0;
    }

    private static int KioskSetPin(VerbArguments a)
    {
        var data = a.Data;
        Console.Error.Write("New admin PIN (4-12 digits): ");
        var first = Console.In.ReadLine()?.Trim();
        Console.Error.Write("Again: ");
        var second = Console.In.ReadLine()?.Trim();
        if (!PinHash.IsValidPin(first))
        {
            throw new ViewerException(ViewerException.BadInput, $"the PIN must be {PinHash.MinLength} to {PinHash.MaxLength} digits");
        }

        if (first != second)
        {
            throw new ViewerException(ViewerException.BadInput, "the two PINs differ; nothing was changed");
        }

        KioskConfig.Load(data).With(PinHash.Create(first!)).Save(data);
        Console.Out.WriteLine($"admin PIN set in {KioskConfig.PathIn(data)} (stored as a salted PBKDF2 hash)");
        return 0;
    }

    private static int KioskShow(VerbArguments a)
    {
        var config = KioskConfig.Load(a.Data);
        var shown = config with { AdminPin = null, SyncToken = config.SyncToken is null ? null : "(set)" };
        Console.Out.WriteLine(shown.ToListing());
        Console.Out.WriteLine($"adminPin: {(config.AdminPin is null ? "not set" : "set")}");
        return 0;
    }

    private static KioskConfig With(this KioskConfig config, PinHash pin) => config with { AdminPin = pin };

    private static double Number(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw new ViewerException(ViewerException.BadInput, $"{option} must be a number (got '{text}')");
}
