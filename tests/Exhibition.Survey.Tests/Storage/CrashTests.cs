using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Storage;

/// <summary>
/// A child process records 1000 responses through the <c>survey record</c> path, printing <c>ok &lt;uuid&gt;</c> after
/// each durable store; it is killed with SIGKILL at a random point, 50 times over, and after each kill the store must
/// open cleanly and hold every acknowledged response exactly once.
/// </summary>
public sealed class CrashTests
{
    private const int Rounds = 50;
    private const int ResponsesPerChild = 1000;

    // SIGKILL loses what the process had not handed to the kernel; the page cache survives it, so a tmpfs (where fsync
    // is free) tests the same ordering fast enough for 50 rounds with kills anywhere in the run of 1000.
    [Test]
    public void Every_acknowledged_response_survives_SIGKILL_anywhere_in_a_run_of_1000()
    {
        using var temp = new TempDirectory();
        using var disk = new RamDisk(temp.Sub("ram"), "256M");
        RunRounds(disk.Path, Rounds, killWithin: ResponsesPerChild, seed: 7);
    }

    // The same on the real disk, with every sync. A durable store costs a few ms there (up to ~30 ms on a busy disk),
    // so 20 rounds with kills within the first 40 acknowledgements keep the test near 20 s.
    [Test]
    public void Every_acknowledged_response_survives_SIGKILL_on_disk()
    {
        using var temp = new TempDirectory();
        RunRounds(temp.Path, 20, killWithin: 40, seed: 20261122);
    }

    private static void RunRounds(string folder, int rounds, int killWithin, int seed)
    {
        var random = new Random(seed);
        var acknowledged = new HashSet<Guid>();
        for (var round = 0; round < rounds; round++)
        {
            var killAfter = random.Next(0, killWithin);
            acknowledged.UnionWith(RunChildUntil(folder, killAfter, random.Next(0, 3)));

            using var store = SurveyStore.Open(folder);
            var ids = store.Ids();
            Assert.That(ids, Has.Count.EqualTo(ids.Distinct().Count()), $"round {round}: no response is stored twice");
            Assert.That(acknowledged.Except(ids), Is.Empty, $"round {round}: every acknowledged response is stored");
            Assert.That(store.Stats().Total, Is.EqualTo(ids.Count), $"round {round}: the index agrees with the data");
        }

        Assert.That(acknowledged, Has.Count.GreaterThan(rounds), "children were killed while storing, not before");
    }

    // Reads acknowledgements until the chosen count, spins a random few milliseconds so the kill lands anywhere
    // within the next store, then sends SIGKILL (Process.Kill on Linux).
    private static List<Guid> RunChildUntil(string folder, int killAfter, int extraMilliseconds)
    {
        using var child = ChildProcess.Start("store", folder, ResponsesPerChild.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var acks = new List<Guid>();
        while (acks.Count <= killAfter && child.StandardOutput.ReadLine() is { } line)
        {
            Assert.That(line, Does.StartWith("ok "), "the child prints only acknowledgements");
            acks.Add(Guid.Parse(line[3..]));
        }

        Thread.Sleep(extraMilliseconds);
        child.Kill();
        child.WaitForExit();

        // Acknowledgements printed before the kill but not read yet count too.
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("ok ", StringComparison.Ordinal)) acks.Add(Guid.Parse(line[3..]));
        }

        return acks;
    }
}
