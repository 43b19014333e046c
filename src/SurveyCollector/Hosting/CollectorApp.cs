using System.Text.Json.Serialization;
using Exhibition.SurveyCollector.Api;
using Exhibition.SurveyCollector.Database;
using Npgsql;

namespace Exhibition.SurveyCollector.Hosting;

/// <summary>
/// The collector's web application. It holds no state of its own (every request goes to PostgreSQL), so any number
/// of instances can run behind a load balancer against one database.
/// </summary>
internal static class CollectorApp
{
    /// <summary>Most bytes in one upload: 1000 responses of a long survey fit well within it.</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    public static WebApplication Build(string urls, string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<TokenStore>();
        builder.Services.AddSingleton<ResponseStore>();
        var app = builder.Build();
        app.MapGet("/health", ReadEndpoints.HealthAsync);
        app.MapPost("/v1/responses", UploadEndpoint.HandleAsync);
        app.MapGet("/v1/report", ReadEndpoints.ReportAsync);
        app.MapGet("/v1/export.csv", ReadEndpoints.ExportAsync);
        return app;
    }

    /// <summary>Creates the schema if missing, then serves until stopped.</summary>
    public static async Task RunAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        await CollectorSchema.EnsureAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), cancellationToken).ConfigureAwait(false);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }
}
