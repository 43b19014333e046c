using System.Diagnostics;
using Npgsql;

namespace CollectorBench;

/// <summary>PostgreSQL for the bench: EXHIBITION_TEST_PG, or a private instance from scripts/postgres-test.sh.</summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string? _folder;

    private BenchPostgres(string server, string? folder) => (Server, _folder) = (server, folder);

    public string Server { get; }
    public string Version { get; private set; } = "";

    public static async Task<BenchPostgres> StartAsync()
    {
        var server = Environment.GetEnvironmentVariable("EXHIBITION_TEST_PG");
        string? folder = null;
        if (string.IsNullOrWhiteSpace(server))
        {
            var output = Script("start");
            server = Value(output, "EXHIBITION_TEST_PG=");
            folder = Value(output, "EXHIBITION_TEST_PG_DIR=");
        }

        var postgres = new BenchPostgres(server!, folder);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        postgres.Version = connection.PostgreSqlVersion.ToString();
        return postgres;
    }

    public async Task<string> NewDatabaseAsync()
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {name}", connection).ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public static async Task<string[]> IssueTokensAsync(string database, int kiosks)
    {
        // The collector's own command, so the bench uses tokens exactly as a deployment would.
        var tokens = new string[kiosks];
        for (var k = 0; k < kiosks; k++)
        {
            var output = new StringWriter();
            var code = await Exhibition.SurveyCollector.CollectorCommandLine.RunAsync(["token", "issue", "--db", database, "--kiosk", $"kiosk-{k}"], output, Console.Error);
            if (code != 0) throw new InvalidOperationException("token issue failed");
            tokens[k] = output.ToString().Trim();
        }

        NpgsqlConnection.ClearAllPools();
        return tokens;
    }

    public static async Task<(long Rows, long Distinct)> CountAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var reader = await new NpgsqlCommand("SELECT count(*), count(DISTINCT id) FROM survey_response", connection).ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is not null) Script("stop", _folder);
        return ValueTask.CompletedTask;
    }

    private static string Value(string output, string prefix) =>
        output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..];

    private static string Script(params string[] arguments)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "scripts", "postgres-test.sh"))) root = root.Parent;
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(root?.FullName ?? throw new InvalidOperationException("scripts/postgres-test.sh not found"), "scripts", "postgres-test.sh"));
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("scripts/postgres-test.sh failed");
        return output;
    }
}
