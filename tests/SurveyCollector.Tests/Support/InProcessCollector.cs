using Exhibition.SurveyCollector.Database;
using Exhibition.SurveyCollector.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Npgsql;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>The collector's real web application, on a free loopback port, inside the test process.</summary>
public sealed class InProcessCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessCollector(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<InProcessCollector> StartAsync(string connectionString, string urls = "http://127.0.0.1:0")
    {
        var app = CollectorApp.Build(urls, connectionString);
        await CollectorSchema.EnsureAsync(app.Services.GetRequiredService<NpgsqlDataSource>());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessCollector(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
