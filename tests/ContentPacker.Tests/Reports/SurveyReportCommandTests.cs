using System.Text.Json;
using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Reports;

public sealed class SurveyReportCommandTests
{
    [Test]
    public void A_report_over_overlapping_exports_counts_each_response_once()
    {
        // Given two kiosks; the first exported twice, the second time with --all, so its first 6 appear twice
        using var temp = new TempFolder();
        using (var a = SurveyExports.Kiosk(temp.File("a"), 6))
        {
            a.Export(temp.File("usb"));
            a.Store(SurveyExports.Response(a.KioskId, 50));
            a.Export(temp.File("usb"), all: true);
        }

        using (var b = SurveyExports.Kiosk(temp.File("b"), 4, seed: 100)) b.Export(temp.File("usb-b"));

        // When the team makes a report of both sticks
        var result = PackerProcess.Run("survey", "report", temp.File("usb"), temp.File("usb-b"), "-o", temp.File("report"), "--json");

        // Then 11 distinct responses are counted, 6 copies ignored, and the merged CSV has one row for each
        Assert.That(result.ExitCode, Is.Zero, result.All);
        using var summary = JsonDocument.Parse(result.Output);
        Assert.That(summary.RootElement.GetProperty("responses").GetInt32(), Is.EqualTo(11));
        Assert.That(summary.RootElement.GetProperty("duplicatesIgnored").GetInt32(), Is.EqualTo(6));
        Assert.That(summary.RootElement.GetProperty("exports").GetInt32(), Is.EqualTo(3));
        Assert.That(summary.RootElement.GetProperty("kiosks").GetInt32(), Is.EqualTo(2));
        Assert.That(File.ReadAllLines(temp.File("report/responses.csv")), Has.Length.EqualTo(1 + 11));
        using var report = JsonDocument.Parse(File.ReadAllText(temp.File("report/report.json")));
        var enjoyed = report.RootElement.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == "enjoyed");
        Assert.That(enjoyed.GetProperty("answered").GetInt32(), Is.EqualTo(11));
        Assert.That(Directory.GetFiles(temp.File("report/charts"), "*.png"), Has.Length.EqualTo(4 + 3), "4 charted questions (text is not charted), language, kiosk, day");
    }

    [TestCase("truncated")]
    [TestCase("altered")]
    public void A_damaged_export_exits_2_naming_the_file_and_writes_no_report(string damage)
    {
        // Given a stick with a good export and a damaged one
        using var temp = new TempFolder();
        Exhibition.Survey.Storage.SurveyExport bad;
        using (var store = SurveyExports.Kiosk(temp.File("a"), 5))
        {
            store.Export(temp.File("usb"));
            store.Store(SurveyExports.Response(store.KioskId, 9));
            bad = store.Export(temp.File("usb"));
        }

        var bytes = File.ReadAllBytes(bad.FilePath);
        if (damage == "truncated") bytes = bytes[..^10];
        else bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(bad.FilePath, bytes);

        // When a report is asked for
        var result = PackerProcess.Run("survey", "report", temp.File("usb"), "-o", temp.File("report"));

        // Then it fails with exit 2 naming the damaged file, and leaves no report folder or staging folder behind
        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain(Path.GetFileName(bad.FilePath)).And.Contain(damage == "truncated" ? "truncated" : "SHA-256"));
        Assert.That(Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a", "usb" }));
    }

    [Test]
    public void A_folder_that_is_not_a_report_is_not_overwritten()
    {
        using var temp = new TempFolder();
        using (var store = SurveyExports.Kiosk(temp.File("a"), 2)) store.Export(temp.File("usb"));
        Directory.CreateDirectory(temp.File("docs"));
        File.WriteAllText(temp.File("docs/notes.txt"), "keep me");

        var result = PackerProcess.Run("survey", "report", temp.File("usb"), "-o", temp.File("docs"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("not a survey report folder"));
        Assert.That(Directory.GetFiles(temp.File("docs")), Is.EqualTo(new[] { temp.File("docs/notes.txt") }));
    }

    [Test]
    public void A_second_report_replaces_the_first_whole()
    {
        using var temp = new TempFolder();
        using (var store = SurveyExports.Kiosk(temp.File("a"), 3)) store.Export(temp.File("usb"));
        Assert.That(PackerProcess.Run("survey", "report", temp.File("usb"), "-o", temp.File("report")).ExitCode, Is.Zero);
        File.WriteAllText(temp.File("report/stale.txt"), "from before");
        using (var store = SurveyExports.Kiosk(temp.File("a"), 2, seed: 10)) store.Export(temp.File("usb"));

        var result = PackerProcess.Run("survey", "report", temp.File("usb"), "-o", temp.File("report"));

        Assert.That(result.ExitCode, Is.Zero, result.All);
        Assert.That(result.Output, Does.Contain("5 responses"));
        Assert.That(File.Exists(temp.File("report/stale.txt")), Is.False);
        Assert.That(File.ReadAllLines(temp.File("report/responses.csv")), Has.Length.EqualTo(6));
        Assert.That(Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a", "usb", "report" }));
    }
}
