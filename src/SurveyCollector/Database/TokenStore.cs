using Exhibition.SurveyCollector.Auth;
using Npgsql;

namespace Exhibition.SurveyCollector.Database;

/// <summary>Issues, revokes and checks bearer tokens (stored as SHA-256 hashes only).</summary>
internal sealed class TokenStore(NpgsqlDataSource dataSource)
{
    /// <summary>A new token for <paramref name="name"/>; the only time it is ever seen.</summary>
    public async Task<string> IssueAsync(string name, TokenRole role, CancellationToken cancellationToken = default)
    {
        var token = TokenHash.NewToken();
        await using var command = dataSource.CreateCommand("INSERT INTO collector_token (name, role, token_hash) VALUES (@name, @role, @hash)");
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("role", RoleName(role));
        command.Parameters.AddWithValue("hash", TokenHash.Of(token));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>Revokes every live token issued to <paramref name="name"/>; returns how many.</summary>
    public async Task<int> RevokeAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("UPDATE collector_token SET revoked_at = now() WHERE name = @name AND revoked_at IS NULL");
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who holds <paramref name="token"/>, or null if it is unknown or revoked.</summary>
    public async Task<Caller?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT name, role FROM collector_token WHERE token_hash = @hash AND revoked_at IS NULL");
        command.Parameters.AddWithValue("hash", TokenHash.Of(token));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new Caller(reader.GetString(0), reader.GetString(1) == "reader" ? TokenRole.Reader : TokenRole.Kiosk);
    }

    private static string RoleName(TokenRole role) => role == TokenRole.Reader ? "reader" : "kiosk";
}
