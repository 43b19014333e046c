using System.CommandLine;

namespace ExhibitionViewer.App;

/// <summary>The command line: <c>ExhibitionViewer [file.exhibit] [--screenshot OUT.png --size WxH [--at SECONDS]] [--scene ID]
/// [--yaw Y --pitch P --hfov H] [--fullscreen] [--windowed WxH] [--lang CODE] [--trust KEY]... [--display N]
/// [--script FILE] [--stats] [--author] [--data DIR] [--kiosk]</c>; the <c>survey</c> and <c>kiosk</c> verbs are <see cref="ViewerVerbs"/>.</summary>
public static class ViewerCommand
{
    private static readonly Argument<string?> Content = new("bundle") { Description = "The .exhibit bundle (or an unpacked bundle folder)", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Option<string?> Screenshot = new("--screenshot") { Description = "Render the view once every tile it needs is loaded, write this PNG and exit" };
    private static readonly Option<string?> Size = new("--size") { Description = "Screenshot size, WxH (default 1280x720)" };
    private static readonly Option<double?> At = new("--at") { Description = "With --screenshot of a video scene: the time in seconds of the frame to show" };
    private static readonly Option<string?> Scene = new("--scene") { Description = "Start in this scene instead of the tour's first" };
    private static readonly Option<double?> Yaw = new("--yaw") { Description = "Initial yaw in degrees (positive turns right)" };
    private static readonly Option<double?> Pitch = new("--pitch") { Description = "Initial pitch in degrees (positive looks up)" };
    private static readonly Option<double?> Hfov = new("--hfov") { Description = "Initial horizontal field of view in degrees" };
    private static readonly Option<bool> Fullscreen = new("--fullscreen") { Description = "Borderless full screen" };
    private static readonly Option<string?> Windowed = new("--windowed") { Description = "Window size, WxH (default 1280x720)" };
    private static readonly Option<string?> Language = new("--lang") { Description = "Visitor language code, e.g. en or cy" };
    private static readonly Option<string[]> Trust = new("--trust") { Description = "A trusted signer's public key (base64 or .pub file); repeatable. The bundle must be signed by one", AllowMultipleArgumentsPerToken = false };
    private static readonly Option<int> Display = new("--display") { Description = "The display to open on, 0 first" };
    private static readonly Option<string?> Script = new("--script") { Description = "Play the timed input events in this file (see docs/viewer.md), then exit" };
    private static readonly Option<bool> Stats = new("--stats") { Description = "Print one JSON line of run statistics at exit" };
    private static readonly Option<string?> Data = new("--data") { Description = "The data folder: survey answers, kiosk.json, logs (default ~/.local/share/exhibition)" };
    private static readonly Option<bool> KioskMode = new("--kiosk") { Description = "Kiosk mode (see docs/kiosk.md): full screen, attract loop, exit survey, admin screen; only trusted signed bundles" };
    private static readonly Option<bool> Author = new("--author") { Description = "Show yaw/pitch under the pointer; a click prints a hotspot line for exhibition.yaml" };

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ViewerException"/> (BadInput) for anything invalid.
    /// Returns null when help or version was asked for and has been printed.</summary>
    public static ViewerOptions? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("Plays an offline 360° exhibition bundle.")
        {
            Content, Screenshot, Size, At, Scene, Yaw, Pitch, Hfov, Fullscreen, Windowed, Language, Trust, Display, Script, Stats, Author, Data, KioskMode,
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            throw new ViewerException(ViewerException.BadInput, result.Errors[0].Message);
        }

        // Help, version and the like are actions of their own; the root command has no action, so any action is one.
        if (result.Action is not null)
        {
            result.Invoke();
            return null;
        }

        return ToOptions(result);
    }

    private static ViewerOptions ToOptions(ParseResult result) => new()
    {
        ContentPath = result.GetValue(Content),
        ScreenshotPath = result.GetValue(Screenshot),
        ScreenshotSize = SizeOrDefault(result.GetValue(Size), "--size"),
        At = result.GetValue(At) is var at and (null or >= 0) ? at
            : throw new ViewerException(ViewerException.BadInput, "--at must be 0 or more seconds"),
        SceneId = result.GetValue(Scene),
        Yaw = result.GetValue(Yaw),
        Pitch = result.GetValue(Pitch),
        Hfov = result.GetValue(Hfov),
        Fullscreen = result.GetValue(Fullscreen),
        WindowSize = SizeOrDefault(result.GetValue(Windowed), "--windowed"),
        Language = result.GetValue(Language),
        Trust = result.GetValue(Trust) ?? [],
        Display = result.GetValue(Display) is var display and >= 0 ? display
            : throw new ViewerException(ViewerException.BadInput, "--display must be 0 or more"),
        ScriptPath = result.GetValue(Script),
        Stats = result.GetValue(Stats),
        Author = result.GetValue(Author),
        DataPath = result.GetValue(Data),
        Kiosk = result.GetValue(KioskMode),
    };

    private static PixelSize SizeOrDefault(string? text, string option)
    {
        if (text is null)
        {
            return new PixelSize(1280, 720);
        }

        return PixelSize.TryParse(text, out var size)
            ? size
            : throw new ViewerException(ViewerException.BadInput, $"{option} must be WxH, e.g. 1280x720 (got '{text}')");
    }
}
