using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Exhibition.Survey.Json;
using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests.Api;

[TestFixture]
public sealed class UploadEndpointTests
{
    [Test]
    public async Task A_repeated_delivery_is_reported_as_duplicates_and_stores_nothing_more()
    {
        // Given a collector and a batch of three responses
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        var batch = Enumerable.Range(0, 3).Select(i => KioskData.Response("kiosk-a", i)).ToList();

        // When it is delivered twice
        var first = await PostAsync(collector.Address, database.KioskToken, Body(batch));
        var second = await PostAsync(collector.Address, database.KioskToken, Body(batch));

        // Then the first stores all three, the second none, and the table holds three rows
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Ids(first.Json, "stored"), Is.EquivalentTo(batch.Select(r => r.Id)));
        Assert.That(Ids(second.Json, "stored"), Is.Empty);
        Assert.That(Ids(second.Json, "duplicates"), Is.EquivalentTo(batch.Select(r => r.Id)));
        Assert.That((await database.StoredAsync()).Rows, Is.EqualTo(3));
    }

    [TestCase("not-a-token")]
    [TestCase("")]
    public async Task An_unknown_token_gets_401_and_stores_nothing(string token)
    {
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);

        var answer = await PostAsync(collector.Address, token, Body([KioskData.Response("k", 1)]));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await database.StoredAsync()).Rows, Is.Zero);
    }

    [Test]
    public async Task A_revoked_token_gets_401()
    {
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        var revoke = await CollectorCommandLine.RunAsync(["token", "revoke", "--db", database.ConnectionString, "--kiosk", "kiosk-1"], TextWriter.Null, TextWriter.Null);

        var answer = await PostAsync(collector.Address, database.KioskToken, Body([KioskData.Response("k", 1)]));

        Assert.That(revoke, Is.EqualTo(CollectorCommandLine.Ok));
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_reader_token_cannot_upload()
    {
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);

        var answer = await PostAsync(collector.Address, database.ReaderToken, Body([KioskData.Response("k", 1)]));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("\"hour\":", "\"hour\":25,\"extra\":", "responses[1].hour: must be 0 to 23")]
    [TestCase("\"bundleId\":", "\"bundleIdX\":", "responses[1].bundleId: missing")]
    [TestCase("\"kind\":\"scale\"", "\"kind\":\"slider\"", "responses[1].answers.rating.kind: must be one of yesno, single")]
    public async Task A_malformed_response_gets_400_naming_its_index_and_field(string find, string replace, string expected)
    {
        // Given a batch whose second response is broken
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        var lines = new[] { KioskData.Response("k", 0), KioskData.Response("k", 1) }.Select(SurveyResponseJson.ToLine).ToArray();
        lines[1] = lines[1].Replace(find, replace, StringComparison.Ordinal);

        // When it is uploaded
        var answer = await PostAsync(collector.Address, database.KioskToken, "{\"responses\":[" + string.Join(',', lines) + "]}");

        // Then it is refused with a message naming the response and field, and nothing is stored
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.Json.GetProperty("error").GetString(), Does.StartWith(expected));
        Assert.That((await database.StoredAsync()).Rows, Is.Zero);
    }

    [Test]
    public async Task Health_is_ok_when_the_database_answers()
    {
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        using var http = new HttpClient();

        var answer = await http.GetAsync(new Uri(collector.Address, "health"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    internal static string Body(IEnumerable<Exhibition.Survey.Model.SurveyResponse> responses) =>
        "{\"responses\":[" + string.Join(',', responses.Select(SurveyResponseJson.ToLine)) + "]}";

    internal static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(Uri collector, string token, string body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(collector, "v1/responses")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token.Length > 0) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        return (answer.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static IEnumerable<Guid> Ids(JsonElement json, string name) =>
        json.GetProperty(name).EnumerateArray().Select(e => Guid.Parse(e.GetString()!));
}
