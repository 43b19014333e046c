using System.Text;
using Exhibition.Survey.Exports;
using Exhibition.Survey.Json;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Exports;

public sealed class ExportReaderTests
{
    [Test]
    public void A_truncated_export_is_rejected_naming_the_file()
    {
        using var temp = new TempDirectory();
        var export = Exported(temp, 10);
        var bytes = File.ReadAllBytes(export.FilePath);
        File.WriteAllBytes(export.FilePath, bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<ExportException>(() => ExportReader.Read(temp.Sub("usb")))!;

        Assert.That(e.File, Is.EqualTo(export.FilePath));
        Assert.That(e.Message, Does.Contain(Path.GetFileName(export.FilePath)).And.Contain("truncated"));
    }

    [Test]
    public void A_byte_altered_export_is_rejected_naming_the_file()
    {
        // Given an export in which one answer's byte was changed, the size staying the same
        using var temp = new TempDirectory();
        var export = Exported(temp, 10);
        var text = File.ReadAllText(export.FilePath);
        var at = text.IndexOf("\"value\":true", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0), "the sample holds a yes answer to alter");
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[at + "\"value\":".Length] = (byte)'T';

        File.WriteAllBytes(export.FilePath, bytes);
        var e = Assert.Throws<ExportException>(() => ExportReader.Read(export.ManifestPath))!;

        Assert.That(e.Message, Does.Contain(Path.GetFileName(export.FilePath)).And.Contain("SHA-256"));
    }

    [Test]
    public void An_altered_csv_is_rejected_too()
    {
        using var temp = new TempDirectory();
        var export = Exported(temp, 4);
        File.AppendAllText(export.CsvPath, "x\r\n");

        var e = Assert.Throws<ExportException>(() => ExportReader.Read(export.FilePath))!;

        Assert.That(e.File, Is.EqualTo(export.CsvPath));
        Assert.That(e.Message, Does.Contain("altered"));
    }

    [Test]
    public void A_bare_json_lines_file_cut_mid_line_is_rejected_naming_the_file_and_line()
    {
        using var temp = new TempDirectory();
        var lines = Enumerable.Range(0, 3).Select(i => SurveyResponseJson.ToLine(Responses.Varied("k", i)));
        var path = temp.Sub("survey-k.jsonl");
        var whole = string.Join('\n', lines) + "\n";
        File.WriteAllText(path, whole[..^20]);

        var e = Assert.Throws<ExportException>(() => ExportReader.Read(path))!;

        Assert.That(e.File, Is.EqualTo(path));
        Assert.That(e.Line, Is.EqualTo(3));
        Assert.That(e.Message, Does.Contain("survey-k.jsonl, line 3"));
    }

    [Test]
    public void A_line_with_invalid_utf8_in_an_answer_is_rejected_naming_the_file_and_line()
    {
        // Given a bare file whose second line has a byte that is not UTF-8 inside its free-text answer
        using var temp = new TempDirectory();
        var lines = Enumerable.Range(0, 3).Select(i => SurveyResponseJson.ToLine(Responses.Varied("k", i))).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        var at = Array.IndexOf(bytes, (byte)'n', Encoding.UTF8.GetByteCount(lines[0] + "\n") + lines[1].IndexOf("\"n1\"", StringComparison.Ordinal));
        bytes[at] = 0xFF;
        var path = temp.Sub("survey-k.jsonl");
        File.WriteAllBytes(path, bytes);

        // When it is read, then it is rejected at line 2
        var e = Assert.Throws<ExportException>(() => ExportReader.Read(path))!;
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.Message, Does.Contain("survey-k.jsonl, line 2").And.Contain("not a survey response"));
    }

    [Test]
    public void A_bare_json_lines_file_is_read_with_a_warning_that_it_is_unverified()
    {
        using var temp = new TempDirectory();
        var path = temp.Sub("responses.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 3).Select(i => SurveyResponseJson.ToLine(Responses.Varied("k", i))));

        var result = ExportReader.ReadAll([path]);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Exports.Single().Responses, Has.Count.EqualTo(3));
        Assert.That(result.Warnings.Single(), Does.Contain("responses.jsonl has no manifest"));
    }

    [Test]
    public void An_export_without_its_manifest_in_a_folder_is_skipped_with_a_warning()
    {
        // Given a folder with one whole export and the data files of one that never got its manifest
        using var temp = new TempDirectory();
        Exported(temp, 5);
        var cut = Exported(temp, 0, all: true);
        File.Delete(cut.ManifestPath);

        var result = ExportReader.ReadAll([temp.Sub("usb")]);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Exports.Sum(e => e.Responses.Count), Is.EqualTo(5));
        Assert.That(result.Warnings.Single(), Does.Contain(Path.GetFileName(cut.FilePath)).And.Contain("no manifest"));
    }

    [Test]
    public void A_manifest_naming_a_file_outside_its_folder_is_rejected()
    {
        using var temp = new TempDirectory();
        var export = Exported(temp, 2);
        var manifest = File.ReadAllText(export.ManifestPath).Replace(Path.GetFileName(export.CsvPath), "../elsewhere.csv");
        File.WriteAllText(export.ManifestPath, manifest);

        var e = Assert.Throws<ExportException>(() => ExportReader.Read(export.ManifestPath))!;

        Assert.That(e.File, Is.EqualTo(export.ManifestPath));
        Assert.That(e.Message, Does.Contain("not a plain file name"));
    }

    [Test]
    public void Every_rejected_export_is_reported_not_only_the_first()
    {
        using var temp = new TempDirectory();
        var a = Exported(temp, 3);
        var b = Exported(temp, 0, all: true);
        File.WriteAllText(a.FilePath, "");
        File.WriteAllText(b.FilePath, "");

        var result = ExportReader.ReadAll([a.ManifestPath, b.ManifestPath, temp.Sub("missing")]);

        Assert.That(result.Errors.Select(e => e.File), Is.EquivalentTo(new[] { a.FilePath, b.FilePath, temp.Sub("missing") }));
        Assert.That(result.Exports, Is.Empty);
    }

    private static Exhibition.Survey.Storage.SurveyExport Exported(TempDirectory temp, int count, bool all = false)
    {
        using var store = Responses.FilledStore(temp.Sub("data"), count);
        return store.Export(temp.Sub("usb"), all);
    }
}
