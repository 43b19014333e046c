using System.Diagnostics;
using Npgsql;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>
/// The PostgreSQL every test here runs against: the one named by EXHIBITION_TEST_PG, or else a private instance that
/// scripts/postgres-test.sh starts (and stops; see PostgresSetUp). Tests fail, never skip, when there is none.
/// </summary>
public static class Postgres
{
    private static string? _server;
    private static string? _instanceFolder;

    public static string Server => _server ?? throw new InvalidOperationException("PostgreSQL was not started.");

    public static void Start()
    {
        _server = Environment.GetEnvironmentVariable("EXHIBITION_TEST_PG");
        if (!string.IsNullOrWhiteSpace(_server)) return;
        var (code, output, errors) = RunScript("start");
        if (code != 0) Assert.Fail($"PostgreSQL could not be started by scripts/postgres-test.sh (exit {code}):\n{errors}");
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("EXHIBITION_TEST_PG=", StringComparison.Ordinal)) _server = line["EXHIBITION_TEST_PG=".Length..];
            if (line.StartsWith("EXHIBITION_TEST_PG_DIR=", StringComparison.Ordinal)) _instanceFolder = line["EXHIBITION_TEST_PG_DIR=".Length..];
        }

        if (_server is null) Assert.Fail($"scripts/postgres-test.sh printed no connection string:\n{output}\n{errors}");
    }

    public static void Stop()
    {
        NpgsqlConnection.ClearAllPools();
        if (_instanceFolder is not null) RunScript("stop", _instanceFolder);
    }

    /// <summary>A new, empty database for one test; returns its connection string.</summary>
    public static string NewDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "postgres-test.sh"))) return dir.FullName;
        throw new InvalidOperationException("scripts/postgres-test.sh not found above the test assembly.");
    }

    private static (int Code, string Output, string Errors) RunScript(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "postgres-test.sh"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(true);
        return (process.ExitCode, output, errors.Result);
    }
}
