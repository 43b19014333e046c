using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Exhibition.Survey.Json;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Sync;

/// <summary>
/// Posts batches of responses to a collector (<c>POST v1/responses</c>, bearer token, body
/// <c>{"responses": [...]}</c> in <see cref="SurveyResponseJson"/>'s shape) and reads its acknowledgement. One
/// attempt per call: retrying is the caller's choice (see <see cref="SyncRetry"/>). Thread-safe.
/// </summary>
public sealed partial class SyncClient
{
    private readonly HttpClient _http;
    private readonly SyncEndpoint _endpoint;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a client over <paramref name="http"/> (not owned; its own timeout should be infinite or
    /// longer than <paramref name="requestTimeout"/>).</summary>
    public SyncClient(HttpClient http, SyncEndpoint endpoint, TimeSpan requestTimeout)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(requestTimeout, TimeSpan.Zero);
        _http = http;
        _endpoint = endpoint;
        _timeout = requestTimeout;
    }

    /// <summary>The collector this client posts to.</summary>
    public SyncEndpoint Endpoint => _endpoint;

    /// <summary>Sends one batch.</summary>
    /// <exception cref="SyncException">The batch was not acknowledged; <see cref="SyncException.Failure"/> says why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<UploadAcknowledgement> UploadAsync(IReadOnlyList<SurveyResponse> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfZero(batch.Count);
        return UploadCore(batch, cancellationToken);
    }

    private async Task<UploadAcknowledgement> UploadCore(IReadOnlyList<SurveyResponse> batch, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint.UploadAddress) { Content = Body(batch) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _endpoint.Token);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK) return ReadAcknowledgement(text);
            throw Failed(response.StatusCode, text);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SyncException(SyncFailure.Unreachable, $"{_endpoint} did not answer within {_timeout.TotalSeconds:0} s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new SyncException(SyncFailure.Unreachable, $"{_endpoint} could not be reached: {e.Message}", e);
        }
    }

    private static ByteArrayContent Body(IReadOnlyList<SurveyResponse> batch)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("responses");
            foreach (var response in batch) SurveyResponseJson.Write(writer, response);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
