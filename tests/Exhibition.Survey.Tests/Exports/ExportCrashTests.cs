using Exhibition.Survey.Exports;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Exports;

public sealed class ExportCrashTests
{
    private const int Held = 400;

    [Test]
    public void A_kill_during_export_leaves_earlier_exports_intact_and_no_partial_file_under_a_final_name()
    {
        // Given a store of 400 responses and one complete export of them on the stick
        using var temp = new TempDirectory();
        string firstManifest;
        using (var store = Responses.FilledStore(temp.Sub("data"), Held)) firstManifest = store.Export(temp.Sub("usb")).ManifestPath;
        var first = Snapshot(temp.Sub("usb"));
        var random = new Random(20261122);
        var killedMidway = 0;

        for (var round = 0; round < 12; round++)
        {
            // When a child exports everything again and again and is killed with SIGKILL at a random moment
            using var child = ChildProcess.Start("export", temp.Sub("data"), temp.Sub("usb"));
            // (kills spread over one export's length once the loop runs warm, so they land in every phase of it)
            Assert.That(child.StandardOutput.ReadLine(), Is.EqualTo("open"));
            Assert.That(child.StandardOutput.ReadLine(), Does.StartWith("exported "));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Assert.That(child.StandardOutput.ReadLine(), Does.StartWith("exported "));
            Thread.Sleep(random.Next(0, (int)clock.ElapsedMilliseconds + 1));
            child.Kill();
            child.WaitForExit();
            killedMidway += Directory.GetFiles(temp.Sub("usb"), ".*.tmp").Length > 0 ? 1 : 0;

            // Then the first export is byte for byte as it was, every manifest verifies, and every file under a
            // final name is whole: its lines all parse and there are exactly as many as the store holds
            Assert.That(first.All(f => File.ReadAllBytes(f.Key).SequenceEqual(f.Value)), Is.True, $"round {round}: the first export changed");
            var read = ExportReader.ReadAll([temp.Sub("usb")]);
            Assert.That(read.Errors, Is.Empty, $"round {round}: {string.Join("; ", read.Errors.Select(e => e.Message))}");
            foreach (var jsonl in Directory.GetFiles(temp.Sub("usb"), "survey-*.jsonl"))
            {
                var lines = ExportReader.Read(jsonl).Single().Responses.Count;
                Assert.That(lines, Is.EqualTo(Held), $"round {round}: {Path.GetFileName(jsonl)}");
            }

            foreach (var csv in Directory.GetFiles(temp.Sub("usb"), "survey-*.csv"))
            {
                Assert.That(Csv.Parse(File.ReadAllText(csv)), Has.Count.EqualTo(Held + 1), $"round {round}: {Path.GetFileName(csv)}");
            }
        }

        // And the store itself still holds every response, and a fresh export cleans up what the kills left behind
        using var reopened = SurveyStore.Open(temp.Sub("data"));
        Assert.That(reopened.Stats().Total, Is.EqualTo(Held));
        reopened.Export(temp.Sub("usb"), all: true);
        Assert.That(Directory.GetFiles(temp.Sub("usb"), ".*.tmp"), Is.Empty);
        Assert.That(File.Exists(firstManifest), Is.True);
        TestContext.Out.WriteLine($"{killedMidway} of 12 kills left a temporary file (killed mid-write)");
        Assert.That(killedMidway, Is.GreaterThan(0), "no kill landed while a file was being written; the test proved nothing");
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllBytes);
}
