using Npgsql;

namespace Exhibition.SurveyCollector.Database;

/// <summary>Creates the collector's tables if missing. Safe to run from several instances starting at once.</summary>
internal static class CollectorSchema
{
    // Any constant: instances starting together serialize on it, so CREATE ... IF NOT EXISTS never races itself.
    private const long SchemaLock = 0x5375_7276_6579;

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS survey_response (
            id              uuid PRIMARY KEY,
            bundle_id       text NOT NULL,
            bundle_version  text NOT NULL,
            language        text NOT NULL,
            kiosk_id        text NOT NULL,
            response_date   date NOT NULL,
            response_hour   smallint NOT NULL,
            visit_length    text NOT NULL,
            body            jsonb NOT NULL,
            received_by     text NOT NULL,
            received_at     timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS collector_token (
            id          bigserial PRIMARY KEY,
            name        text NOT NULL,
            role        text NOT NULL CHECK (role IN ('kiosk', 'reader')),
            token_hash  bytea NOT NULL UNIQUE,
            issued_at   timestamptz NOT NULL DEFAULT now(),
            revoked_at  timestamptz);
        CREATE INDEX IF NOT EXISTS collector_token_name ON collector_token (name);
        """;

    public static async Task EnsureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@lock)", connection, transaction))
        {
            command.Parameters.AddWithValue("lock", SchemaLock);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var command = new NpgsqlCommand(Ddl, connection, transaction))
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
