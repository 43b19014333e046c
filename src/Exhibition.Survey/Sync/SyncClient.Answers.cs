using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Exhibition.Survey.Sync;

public sealed partial class SyncClient
{
    private const int MaxMessageLength = 300;

    private UploadAcknowledgement ReadAcknowledgement(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return new UploadAcknowledgement(Ids(root.GetProperty("stored")), Ids(root.GetProperty("duplicates")));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Something between kiosk and collector (a captive portal, a proxy) answered: not an acknowledgement.
            throw new SyncException(SyncFailure.Unreachable, $"{_endpoint} answered 200 without an acknowledgement.", e);
        }
    }

    private static List<Guid> Ids(JsonElement array) =>
        array.EnumerateArray().Select(id => Guid.ParseExact(id.GetString()!, "D")).ToList();

    private SyncException Failed(HttpStatusCode status, string body)
    {
        var code = (int)status;
        var failure = status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => SyncFailure.Unauthorized,
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => SyncFailure.Unreachable,
            _ when code >= 500 => SyncFailure.Unreachable,
            _ when code >= 400 => SyncFailure.Rejected,
            _ => SyncFailure.Unreachable,
        };
        var message = body.Length > MaxMessageLength ? body[..MaxMessageLength] + "..." : body;
        return new SyncException(failure, string.Create(CultureInfo.InvariantCulture, $"{_endpoint} answered {code} {status}: {message.Trim()}"));
    }
}
