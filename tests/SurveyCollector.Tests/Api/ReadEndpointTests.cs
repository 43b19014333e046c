using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests.Api;

[TestFixture]
public sealed class ReadEndpointTests
{
    [Test]
    public async Task Export_command_writes_one_row_per_stored_response()
    {
        // Given 12 stored responses
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        var batch = Enumerable.Range(0, 12).Select(i => KioskData.Response("kiosk-a", i)).ToList();
        await UploadEndpointTests.PostAsync(collector.Address, database.KioskToken, UploadEndpointTests.Body(batch));
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "all.csv");

        // When they are exported
        var code = await CollectorCommandLine.RunAsync(["export", "--db", database.ConnectionString, "-o", file], TextWriter.Null, TextWriter.Null);

        // Then the file has a header and one row per response, each id once, with quoted text cells
        var lines = File.ReadAllLines(file);
        Assert.That(code, Is.EqualTo(CollectorCommandLine.Ok));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EqualTo(new[] { file }), "no temporary file left beside it");
        Assert.That(lines[0], Is.EqualTo("id,kioskId,bundleId,bundleVersion,language,date,hour,visitLength,comment,enjoyed,rating,roles"));
        Assert.That(lines.Skip(1).Select(l => Guid.Parse(l[..36])), Is.EquivalentTo(batch.Select(r => r.Id)));
        Assert.That(lines.Single(l => l.StartsWith(batch[2].Id.ToString(), StringComparison.Ordinal)),
            Does.EndWith(",\"comment 2, with \"\"quotes\"\"\",yes,3,lab;theatre"));
    }

    [Test]
    public async Task Report_endpoint_counts_each_response_once_and_needs_a_reader_token()
    {
        await using var database = await CollectorDatabase.CreateAsync();
        await using var collector = await InProcessCollector.StartAsync(database.ConnectionString);
        var batch = Enumerable.Range(0, 10).Select(i => KioskData.Response("kiosk-a", i)).ToList();
        await UploadEndpointTests.PostAsync(collector.Address, database.KioskToken, UploadEndpointTests.Body(batch));
        await UploadEndpointTests.PostAsync(collector.Address, database.KioskToken, UploadEndpointTests.Body(batch.Take(4)));
        using var http = new HttpClient();

        using var asKiosk = new HttpRequestMessage(HttpMethod.Get, new Uri(collector.Address, "v1/report"));
        asKiosk.Headers.Authorization = new AuthenticationHeaderValue("Bearer", database.KioskToken);
        var refused = await http.SendAsync(asKiosk);
        using var asReader = new HttpRequestMessage(HttpMethod.Get, new Uri(collector.Address, "v1/report"));
        asReader.Headers.Authorization = new AuthenticationHeaderValue("Bearer", database.ReaderToken);
        var report = JsonDocument.Parse(await (await http.SendAsync(asReader)).Content.ReadAsStringAsync()).RootElement;

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(report.GetProperty("responses").GetInt32(), Is.EqualTo(10));
        var enjoyed = report.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == "enjoyed");
        Assert.That(enjoyed.GetProperty("kind").GetString(), Is.EqualTo("yesno"));
        Assert.That(enjoyed.GetProperty("options").EnumerateArray().Select(o => (o.GetProperty("key").GetString(), o.GetProperty("count").GetInt32())),
            Is.EquivalentTo(new[] { ("no", 3), ("yes", 7) }));
    }
}
