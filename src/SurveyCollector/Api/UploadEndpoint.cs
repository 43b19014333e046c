using System.Text.Json;
using Exhibition.SurveyCollector.Auth;
using Exhibition.SurveyCollector.Database;
using Npgsql;

namespace Exhibition.SurveyCollector.Api;

/// <summary><c>POST /v1/responses</c>: stores a kiosk's batch once; a repeated delivery changes nothing.</summary>
internal static class UploadEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, TokenStore tokens, ResponseStore responses)
    {
        var (caller, denied) = await Authorization.CheckAsync(context, tokens, TokenRole.Kiosk).ConfigureAwait(false);
        if (denied is not null) return denied;
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return ErrorBody.Result(StatusCodes.Status400BadRequest, $"the body is not JSON: {e.Message}");
        }

        using (document)
        {
            var (batch, problem) = UploadReader.Read(document.RootElement);
            if (problem is not null) return ErrorBody.Result(StatusCodes.Status400BadRequest, problem);
            var distinct = batch!.DistinctBy(r => r.Id).ToList();
            try
            {
                var stored = await responses.InsertAsync(distinct, caller!.Value.Name, context.RequestAborted).ConfigureAwait(false);
                var ids = distinct.Select(r => r.Id).ToList();
                return Results.Ok(new UploadResult(ids.Where(stored.Contains).ToList(), ids.Where(id => !stored.Contains(id)).ToList()));
            }
            catch (NpgsqlException)
            {
                return ErrorBody.Result(StatusCodes.Status503ServiceUnavailable, "the database is unavailable; nothing was stored, send again later");
            }
        }
    }
}
