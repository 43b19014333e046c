using Exhibition.SurveyCollector.Auth;
using Exhibition.SurveyCollector.Database;
using Npgsql;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>A fresh database with the collector's schema, a kiosk token and a reader token.</summary>
public sealed class CollectorDatabase : IAsyncDisposable
{
    private CollectorDatabase(string connectionString, NpgsqlDataSource dataSource)
    {
        ConnectionString = connectionString;
        DataSource = dataSource;
    }

    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }
    public string KioskToken { get; private set; } = "";
    public string ReaderToken { get; private set; } = "";

    public static async Task<CollectorDatabase> CreateAsync()
    {
        var connectionString = Postgres.NewDatabase();
        var database = new CollectorDatabase(connectionString, NpgsqlDataSource.Create(connectionString));
        await CollectorSchema.EnsureAsync(database.DataSource);
        var tokens = new TokenStore(database.DataSource);
        database.KioskToken = await tokens.IssueAsync("kiosk-1", TokenRole.Kiosk);
        database.ReaderToken = await tokens.IssueAsync("team", TokenRole.Reader);
        return database;
    }

    /// <summary>Rows, distinct ids and the ids themselves in survey_response.</summary>
    public async Task<(long Rows, long Distinct, HashSet<Guid> Ids)> StoredAsync()
    {
        await using var command = DataSource.CreateCommand("SELECT id FROM survey_response");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<Guid>();
        long rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            ids.Add(reader.GetGuid(0));
        }

        return (rows, ids.Count, ids);
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
