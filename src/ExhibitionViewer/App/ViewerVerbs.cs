namespace ExhibitionViewer.App;

/// <summary>
/// The viewer's verbs beside playing a bundle: <c>survey stats|record|export|purge|sync</c> for getting answers home, and
/// <c>kiosk init|set-pin</c> for setting a machine up. Every one takes <c>--data DIR</c>.
/// </summary>
internal static partial class ViewerVerbs
{
    private const string Usage = """
        ExhibitionViewer survey stats  [--data DIR]
        ExhibitionViewer survey record --bundle FILE [--data DIR]          (JSON lines on stdin -> 'ok <uuid>')
        ExhibitionViewer survey export --to DIR [--all] [--data DIR]
        ExhibitionViewer survey purge  [--data DIR]                        (deletes answers already exported or synced)
        ExhibitionViewer survey sync   --endpoint URL --token TOKEN [--data DIR]
        ExhibitionViewer kiosk init    --bundle FILE --trust KEY [--trust KEY]... [--export-folder DIR] [--idle-timeout S] [--reduced-motion] [--display N] [--sync-endpoint URL --sync-token TOKEN] [--data DIR]
        ExhibitionViewer kiosk set-pin [--data DIR]                        (reads the PIN twice from stdin)
        ExhibitionViewer kiosk show    [--data DIR]
        """;

    /// <summary>Runs a verb and returns its exit code, or null when <paramref name="args"/> is not a verb.</summary>
    public static int? TryRun(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is not ("survey" or "kiosk"))
        {
            return null;
        }

        if (args.Length < 2 || args[1] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Usage);
            return args.Length < 2 ? ViewerException.BadInput : 0;
        }

        var rest = args.Skip(2);
        return (args[0], args[1]) switch
        {
            ("survey", "stats") => SurveyStats(new(rest, Flags(), Values("--data"))),
            ("survey", "record") => SurveyRecord(new(rest, Flags(), Values("--data", "--bundle"))),
            ("survey", "export") => SurveyExport(new(rest, Flags("--all"), Values("--data", "--to"))),
            ("survey", "purge") => SurveyPurge(new(rest, Flags(), Values("--data"))),
            ("survey", "sync") => SurveySync(new(rest, Flags(), Values("--data", "--endpoint", "--token"))),
            ("kiosk", "init") => KioskInit(new(rest, Flags("--reduced-motion"),
                Values("--data", "--bundle", "--trust", "--export-folder", "--idle-timeout", "--display", "--sync-endpoint", "--sync-token"))),
            ("kiosk", "set-pin") => KioskSetPin(new(rest, Flags(), Values("--data"))),
            ("kiosk", "show") => KioskShow(new(rest, Flags(), Values("--data"))),
            _ => throw new ViewerException(ViewerException.BadInput, $"unknown command '{args[0]} {args[1]}'\n{Usage}"),
        };
    }

    private static HashSet<string> Flags(params string[] names) => [.. names];

    private static HashSet<string> Values(params string[] names) => [.. names];
}
