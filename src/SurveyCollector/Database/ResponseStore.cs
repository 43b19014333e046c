using Exhibition.Survey.Json;
using Exhibition.Survey.Model;
using Npgsql;
using NpgsqlTypes;

namespace Exhibition.SurveyCollector.Database;

/// <summary>
/// The stored responses. The primary key on the response id makes a repeated delivery a no-op: a batch is one
/// INSERT ... ON CONFLICT (id) DO NOTHING RETURNING id, so it commits whole or not at all and says which ids are new.
/// </summary>
internal sealed partial class ResponseStore(NpgsqlDataSource dataSource)
{
    private const string InsertSql = """
        INSERT INTO survey_response (id, bundle_id, bundle_version, language, kiosk_id, response_date, response_hour,
                                     visit_length, body, received_by)
        SELECT t.id, t.bundle_id, t.bundle_version, t.language, t.kiosk_id, t.response_date, t.response_hour,
               t.visit_length, t.body::jsonb, @received_by
        FROM unnest(@ids, @bundle_ids, @bundle_versions, @languages, @kiosk_ids, @dates, @hours, @bands, @bodies)
             AS t(id, bundle_id, bundle_version, language, kiosk_id, response_date, response_hour, visit_length, body)
        ON CONFLICT (id) DO NOTHING
        RETURNING id
        """;

    /// <summary>Stores the batch in one statement; returns the ids that were new (the others were already held).</summary>
    public async Task<HashSet<Guid>> InsertAsync(IReadOnlyList<SurveyResponse> batch, string receivedBy, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(InsertSql);
        var p = command.Parameters;
        p.AddWithValue("ids", batch.Select(r => r.Id).ToArray());
        p.AddWithValue("bundle_ids", batch.Select(r => r.BundleId).ToArray());
        p.AddWithValue("bundle_versions", batch.Select(r => r.BundleVersion).ToArray());
        p.AddWithValue("languages", batch.Select(r => r.Language).ToArray());
        p.AddWithValue("kiosk_ids", batch.Select(r => r.KioskId).ToArray());
        p.AddWithValue("dates", NpgsqlDbType.Array | NpgsqlDbType.Date, batch.Select(r => r.Date).ToArray());
        p.AddWithValue("hours", batch.Select(r => (short)r.Hour).ToArray());
        p.AddWithValue("bands", batch.Select(r => SurveyJsonNames.Of(r.VisitLength)).ToArray());
        p.AddWithValue("bodies", batch.Select(r => SurveyResponseJson.ToLine(r with { State = ResponseState.Synced })).ToArray());
        p.AddWithValue("received_by", receivedBy);
        var stored = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) stored.Add(reader.GetGuid(0));
        return stored;
    }

    /// <summary>Every stored response (of one bundle, if given), read as it is enumerated.</summary>
    public IEnumerable<SurveyResponse> ReadAll(string? bundleId)
    {
        using var command = dataSource.CreateCommand(bundleId is null
            ? "SELECT body::text FROM survey_response"
            : "SELECT body::text FROM survey_response WHERE bundle_id = @bundle");
        if (bundleId is not null) command.Parameters.AddWithValue("bundle", bundleId);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return SurveyResponseJson.Parse(reader.GetString(0));
    }

    /// <summary>Whether the database answers.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is 1;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
