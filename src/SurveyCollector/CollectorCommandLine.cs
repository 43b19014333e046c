using Exhibition.Survey.Storage;
using Exhibition.SurveyCollector.Auth;
using Exhibition.SurveyCollector.Database;
using Exhibition.SurveyCollector.Hosting;
using Npgsql;

namespace Exhibition.SurveyCollector;

/// <summary>
/// <c>SurveyCollector serve --urls URL --db CONNECTION_STRING</c>,
/// <c>SurveyCollector token issue --db CS (--kiosk NAME | --reader NAME)</c>,
/// <c>SurveyCollector token revoke --db CS (--kiosk NAME | --reader NAME)</c>,
/// <c>SurveyCollector export --db CS -o FILE.csv</c>. Every command creates the schema if it is missing.
/// </summary>
internal static partial class CollectorCommandLine
{
    public const int Ok = 0;
    public const int Usage = 2;
    public const int DatabaseUnavailable = 3;

    private const string Help = """
        usage: SurveyCollector serve --urls URL --db CONNECTION_STRING
               SurveyCollector token issue --db CONNECTION_STRING (--kiosk NAME | --reader NAME)
               SurveyCollector token revoke --db CONNECTION_STRING (--kiosk NAME | --reader NAME)
               SurveyCollector export --db CONNECTION_STRING -o FILE.csv
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return await RunCore(args, output, errors).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            errors.WriteLine(e.Message);
            errors.WriteLine(Help);
            return Usage;
        }
        catch (NpgsqlException e)
        {
            errors.WriteLine($"The database cannot be used: {e.Message}");
            return DatabaseUnavailable;
        }
    }

    private static async Task<int> RunCore(string[] args, TextWriter output, TextWriter errors)
    {
        var verb = args.Length > 0 ? args[0] : throw new UsageException("No command given.");
        if (verb == "serve")
        {
            var options = Options.Parse(args[1..], "--urls", "--db");
            await using var app = CollectorApp.Build(options.Require("--urls"), options.Require("--db"));
            await CollectorApp.RunAsync(app).ConfigureAwait(false);
            return Ok;
        }

        if (verb == "export") return await ExportAsync(Options.Parse(args[1..], "--db", "-o"), output).ConfigureAwait(false);
        if (verb == "token" && args.Length > 1 && args[1] is "issue" or "revoke")
            return await TokenAsync(args[1], Options.Parse(args[2..], "--db", "--kiosk", "--reader"), output).ConfigureAwait(false);
        throw new UsageException($"Unknown command '{string.Join(' ', args.Take(2))}'.");
    }

    private static async Task<int> TokenAsync(string action, Options options, TextWriter output)
    {
        var kiosk = options.Get("--kiosk");
        var reader = options.Get("--reader");
        if ((kiosk is null) == (reader is null)) throw new UsageException("Give exactly one of --kiosk NAME or --reader NAME.");
        await using var dataSource = await OpenAsync(options.Require("--db")).ConfigureAwait(false);
        var tokens = new TokenStore(dataSource);
        if (action == "issue")
        {
            output.WriteLine(await tokens.IssueAsync(kiosk ?? reader!, kiosk is null ? TokenRole.Reader : TokenRole.Kiosk).ConfigureAwait(false));
            return Ok;
        }

        output.WriteLine($"revoked {await tokens.RevokeAsync(kiosk ?? reader!).ConfigureAwait(false)}");
        return Ok;
    }

    private static async Task<int> ExportAsync(Options options, TextWriter output)
    {
        var path = Path.GetFullPath(options.Require("-o"));
        await using var dataSource = await OpenAsync(options.Require("--db")).ConfigureAwait(false);
        var responses = new ResponseStore(dataSource);
        var rows = 0;
        FileSync.WriteAtomically(path, stream => rows = SurveyExportCsv.Write(stream, responses.ReadAll(null), responses.QuestionIds()));
        output.WriteLine($"exported {rows} responses to {path}");
        return Ok;
    }

    private static async Task<NpgsqlDataSource> OpenAsync(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await CollectorSchema.EnsureAsync(dataSource).ConfigureAwait(false);
        return dataSource;
    }
}
