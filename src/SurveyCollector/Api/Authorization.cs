using Exhibition.SurveyCollector.Auth;
using Exhibition.SurveyCollector.Database;
using Npgsql;

namespace Exhibition.SurveyCollector.Api;

/// <summary>Checks the bearer token of a request against the token table (hashes only).</summary>
internal static class Authorization
{
    public static async Task<(Caller? Caller, IResult? Denied)> CheckAsync(HttpContext context, TokenStore tokens, TokenRole role)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return (null, Unauthorized(context, "a bearer token is required"));
        Caller? caller;
        try
        {
            caller = await tokens.FindAsync(header["Bearer ".Length..].Trim(), context.RequestAborted).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            return (null, ErrorBody.Result(StatusCodes.Status503ServiceUnavailable, "the database is unavailable; try again later"));
        }

        if (caller is null) return (null, Unauthorized(context, "the token is unknown or revoked"));
        if (caller.Value.Role != role)
            return (null, ErrorBody.Result(StatusCodes.Status403Forbidden, $"this needs a {role.ToString().ToLowerInvariant()} token"));
        return (caller, null);
    }

    private static IResult Unauthorized(HttpContext context, string message)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return ErrorBody.Result(StatusCodes.Status401Unauthorized, message);
    }
}
