using Exhibition.Survey.Reports;
using Exhibition.Survey.Storage;
using Exhibition.SurveyCollector.Auth;
using Exhibition.SurveyCollector.Database;
using Microsoft.AspNetCore.Http.Features;
using Npgsql;

namespace Exhibition.SurveyCollector.Api;

/// <summary><c>GET /health</c>, and for reader tokens <c>GET /v1/report[?bundle=ID]</c> and <c>GET /v1/export.csv</c>.</summary>
internal static class ReadEndpoints
{
    public static async Task<IResult> HealthAsync(ResponseStore responses, CancellationToken cancellationToken) =>
        await responses.PingAsync(cancellationToken).ConfigureAwait(false)
            ? Results.Ok(new { status = "ok" })
            : ErrorBody.Result(StatusCodes.Status503ServiceUnavailable, "the database is unavailable");

    public static async Task<IResult> ReportAsync(HttpContext context, TokenStore tokens, ResponseStore responses, string? bundle)
    {
        var (_, denied) = await Authorization.CheckAsync(context, tokens, TokenRole.Reader).ConfigureAwait(false);
        if (denied is not null) return denied;
        try
        {
            return Results.Ok(await Task.Run(() => SurveyReport.Build(responses.ReadAll(bundle)), context.RequestAborted).ConfigureAwait(false));
        }
        catch (NpgsqlException)
        {
            return ErrorBody.Result(StatusCodes.Status503ServiceUnavailable, "the database is unavailable");
        }
    }

    public static async Task ExportAsync(HttpContext context, TokenStore tokens, ResponseStore responses)
    {
        var (_, denied) = await Authorization.CheckAsync(context, tokens, TokenRole.Reader).ConfigureAwait(false);
        if (denied is not null)
        {
            await denied.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // Streamed row by row from one query: an export of millions of rows never sits in memory.
        context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"survey-responses.csv\"";
        await Task.Run(() => SurveyExportCsv.Write(context.Response.Body, responses.ReadAll(null), responses.QuestionIds()),
            context.RequestAborted).ConfigureAwait(false);
    }
}
