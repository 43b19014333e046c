using System.Security.Cryptography;
using Exhibition.Survey.Commands;
using Exhibition.Survey.Exports;
using Exhibition.Survey.Json;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Exports;

public sealed class SurveyExportTests
{
    [Test]
    public void Export_writes_json_lines_csv_and_a_manifest_with_each_files_size_and_hash()
    {
        // Given a store with 20 pending responses
        using var temp = new TempDirectory();
        using var store = Responses.FilledStore(temp.Sub("data"), 20);

        // When they are exported
        var export = store.Export(temp.Sub("usb"), all: false);

        // Then the three files sit side by side, named after the kiosk, and the manifest vouches for the other two
        var manifest = SurveyExportManifestJson.Parse(File.ReadAllBytes(export.ManifestPath));
        Assert.That(Path.GetFileName(export.ManifestPath), Does.Match($"^survey-{store.KioskId}-\\d{{8}}T\\d{{4}}-1\\.manifest\\.json$"));
        Assert.That(export.FilePath, Is.EqualTo(export.ManifestPath.Replace(".manifest.json", ".jsonl")));
        Assert.That(export.CsvPath, Is.EqualTo(export.ManifestPath.Replace(".manifest.json", ".csv")));
        Assert.That(manifest.Format, Is.EqualTo(SurveyExportManifest.CurrentFormat));
        Assert.That(manifest.KioskId, Is.EqualTo(store.KioskId));
        Assert.That(manifest.Count, Is.EqualTo(20));
        Assert.That(manifest.Bundles, Is.EqualTo(new[] { "technicians-gallery@1.2.0" }));
        Assert.That(manifest.CreatedHour, Is.InRange(0, 23));
        Assert.That(File.ReadAllText(export.ManifestPath), Does.Not.Match("\"createdDate\": \"[^\"]*[T:]"));
        Assert.That(manifest.Files.Select(f => f.Name), Is.EqualTo(new[] { Path.GetFileName(export.FilePath), Path.GetFileName(export.CsvPath) }));
        foreach (var file in manifest.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(temp.Sub("usb"), file.Name));
            Assert.That(file.Bytes, Is.EqualTo(bytes.LongLength), file.Name);
            Assert.That(file.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))), file.Name);
        }

        Assert.That(File.ReadAllLines(export.FilePath).Select(SurveyResponseJson.Parse).Select(r => r.Id), Is.EquivalentTo(store.Ids()));
        Assert.That(store.Stats(), Is.EqualTo(new SurveyStats(0, 20, 0)));
        Assert.That(Directory.GetFiles(temp.Sub("usb"), ".*"), Is.Empty, "no temporary file is left");
    }

    [Test]
    public void Exporting_twice_writes_no_response_twice_and_the_second_export_is_empty()
    {
        using var temp = new TempDirectory();
        using var store = Responses.FilledStore(temp.Sub("data"), 10);

        var first = store.Export(temp.Sub("usb"));
        var second = store.Export(temp.Sub("usb"));

        Assert.That(first.Count, Is.EqualTo(10));
        Assert.That(second.Count, Is.Zero);
        Assert.That(second.ManifestPath, Is.Not.EqualTo(first.ManifestPath));
        Assert.That(File.ReadAllLines(first.FilePath), Has.Length.EqualTo(10), "the first export is untouched");
        Assert.That(File.ReadAllBytes(second.FilePath), Is.Empty);
        var all = ExportReader.Read(temp.Sub("usb"));
        Assert.That(all.Sum(e => e.Responses.Count), Is.EqualTo(10));
    }

    [Test]
    public void Export_all_writes_every_response_again_beside_the_earlier_export()
    {
        using var temp = new TempDirectory();
        using var store = Responses.FilledStore(temp.Sub("data"), 6);
        var first = store.Export(temp.Sub("usb"));
        store.StoreBatch([Responses.Varied(store.KioskId, 99)]);

        var again = store.Export(temp.Sub("usb"), all: true);

        Assert.That(again.Count, Is.EqualTo(7));
        Assert.That(File.ReadAllLines(first.FilePath), Has.Length.EqualTo(6));
        Assert.That(SurveyExportManifestJson.Parse(File.ReadAllBytes(again.ManifestPath)).All, Is.True);
        Assert.That(store.Stats(), Is.EqualTo(new SurveyStats(0, 7, 0)));
    }

    [Test]
    public void Purge_deletes_exported_and_synced_responses_and_keeps_pending_ones()
    {
        using var temp = new TempDirectory();
        using var store = Responses.FilledStore(temp.Sub("data"), 5);
        store.Export(temp.Sub("usb"));
        var pending = Responses.Varied(store.KioskId, 7);
        var synced = Responses.Varied(store.KioskId, 8);
        store.StoreBatch([pending, synced]);
        store.MarkSynced([synced.Id]);
        var output = new StringWriter();

        var code = SurveyCommands.Purge(store, output, TextWriter.Null);

        Assert.That(code, Is.EqualTo(SurveyCommands.Ok));
        Assert.That(output.ToString(), Does.Contain("purged 6, pending 1 kept"));
        Assert.That(store.Ids(), Is.EqualTo(new[] { pending.Id }));
    }

    [Test]
    public void Export_command_prints_the_count_and_the_three_files()
    {
        using var temp = new TempDirectory();
        using var store = Responses.FilledStore(temp.Sub("data"), 3);
        var output = new StringWriter();

        var code = SurveyCommands.Export(store, temp.Sub("usb"), all: false, output, TextWriter.Null);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(code, Is.EqualTo(SurveyCommands.Ok));
        Assert.That(lines[0], Is.EqualTo("exported 3 responses"));
        Assert.That(lines.Skip(1).ToList(), Has.Count.EqualTo(3).And.All.Matches<string>(File.Exists));
    }

    [Test]
    public void Export_command_reports_a_folder_it_cannot_write_and_keeps_the_responses_pending()
    {
        using var temp = new TempDirectory();
        using var store = Responses.FilledStore(temp.Sub("data"), 3);
        File.WriteAllText(temp.Sub("not-a-folder"), "");
        var errors = new StringWriter();

        var code = SurveyCommands.Export(store, temp.Sub("not-a-folder"), all: false, TextWriter.Null, errors);

        Assert.That(code, Is.EqualTo(SurveyCommands.StoreUnavailable));
        Assert.That(errors.ToString(), Does.Contain("not exported").And.Contain("not-a-folder"));
        Assert.That(store.Stats().Pending, Is.EqualTo(3));
    }
}
