using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>
/// An HTTP proxy on a loopback port between a kiosk and a collector that drops requests before forwarding, drops
/// answers after the collector committed (the connection is reset), and delivers requests twice, per a
/// <see cref="FaultPlan"/>. Counts what it did, so a test can show the faults really happened.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly FaultPlan _plan;
    private readonly Random _random;
    private readonly Uri _target;
    private int _requests, _faults, _droppedRequests, _droppedResponses, _duplicated;

    private FaultProxy(Uri target, FaultPlan plan)
    {
        _target = target;
        _plan = plan;
        _random = new Random(plan.Seed);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public Uri Address { get; private set; } = null!;
    public int Requests => _requests;
    public int DroppedRequests => _droppedRequests;
    public int DroppedResponses => _droppedResponses;
    public int Duplicated => _duplicated;

    public static async Task<FaultProxy> StartAsync(Uri target, FaultPlan plan)
    {
        var proxy = new FaultProxy(target, plan);
        await proxy._app.StartAsync();
        proxy.Address = new Uri(proxy._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return proxy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _requests);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var (dropRequest, dropResponse, duplicate) = Decide();
        if (dropRequest)
        {
            Interlocked.Increment(ref _droppedRequests);
            context.Abort();
            return;
        }

        if (_plan.BeforeForward is { } before) await before(number);
        HttpResponseMessage? answer;
        try
        {
            if (duplicate)
            {
                Interlocked.Increment(ref _duplicated);
                (await ForwardAsync(context, body.ToArray())).Dispose();
            }

            answer = await ForwardAsync(context, body.ToArray());
        }
        catch (HttpRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        using (answer)
        {
            if (_plan.AfterForward is { } after) await after(number);
            if (dropResponse)
            {
                Interlocked.Increment(ref _droppedResponses);
                context.Abort();
                return;
            }

            context.Response.StatusCode = (int)answer.StatusCode;
            context.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
            await context.Response.Body.WriteAsync(await answer.Content.ReadAsByteArrayAsync());
        }
    }

    private (bool DropRequest, bool DropResponse, bool Duplicate) Decide()
    {
        lock (_random)
        {
            if (_faults >= _plan.MaxFaults) return (false, false, false);
            var decision = (_random.NextDouble() < _plan.DropRequest, _random.NextDouble() < _plan.DropResponse, _random.NextDouble() < _plan.Duplicate);
            if (decision.Item1 || decision.Item2 || decision.Item3) _faults++;
            return decision;
        }
    }

    private async Task<HttpResponseMessage> ForwardAsync(HttpContext context, byte[] body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, context.Request.Path + context.Request.QueryString));
        request.Content = new ByteArrayContent(body);
        if (context.Request.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        request.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        return await _upstream.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
