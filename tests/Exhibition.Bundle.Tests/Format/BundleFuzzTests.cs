using System.Diagnostics;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleFuzzTests
{
    private const int Cases = 3000;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Test]
    public void Every_damaged_bundle_either_reads_correctly_or_throws_a_BundleException()
    {
        // Given a signed stored bundle and a deflated one, and their true contents
        using var temp = new TempDirectory();
        var entries = SampleEntries.Make(seed: 11, count: 6, maxSize: 600);
        var stored = BundleFactory.Bytes(temp, entries, TestKeys.Trusted);
        var deflated = RawZip.Bundle(entries.Select(e => new RawZip.Entry(e.Key, e.Value, Deflate: true)).ToList());
        var path = temp.File("fuzz.exhibit");
        var outcomes = new int[2];
        var stop = new CancellationTokenSource();

        // When every case runs against a time limit, so a hang fails the test rather than stalling the run
        var run = Task.Run(() =>
        {
            var random = new Random(20240611);
            var mutator = new Mutator(random);
            for (var i = 0; i < Cases && !stop.IsCancellationRequested; i++)
            {
                var kind = i % Mutator.Kinds;
                var bytes = mutator.Mutate(i % 3 == 0 ? deflated : stored, kind);
                File.WriteAllBytes(path, bytes);
                try
                {
                    ReadEverything(path, entries);
                    outcomes[0]++;
                }
                catch (BundleException)
                {
                    outcomes[1]++;
                }
                catch (Exception e)
                {
                    throw new AssertionException($"Case {i} (mutation {kind}) threw {e.GetType().Name}: {e}");
                }
            }
        });
        var finished = run.Wait(Limit);
        stop.Cancel();

        // Then
        Assert.That(finished, Is.True, $"the fuzz run did not finish within {Limit}");
        Assert.That(outcomes.Sum(), Is.EqualTo(Cases));
        Assert.That(outcomes[1], Is.GreaterThan(Cases / 2), "most damage is detected");
        Assert.That(temp.FileNames(), Is.EqualTo(new[] { "fuzz.exhibit" }), "the reader wrote nothing");
        TestContext.Out.WriteLine($"read fine: {outcomes[0]}, rejected: {outcomes[1]}");
    }

    private static void ReadEverything(string path, IReadOnlyDictionary<string, byte[]> truth)
    {
        var clock = Stopwatch.StartNew();
        using (var reader = BundleReader.Open(path))
        {
            foreach (var entry in reader.Manifest.Entries)
            {
                var bytes = reader.ReadEntry(entry.Path);
                using var stream = reader.OpenEntry(entry.Path);
                stream.CopyTo(Stream.Null);
                Assert.That(truth.TryGetValue(entry.Path, out var expected) && bytes.AsSpan().SequenceEqual(expected), Is.True,
                    $"'{entry.Path}' was read without error but differs from what was written");
            }
            Assert.That(reader.Manifest.Entries, Has.Count.EqualTo(truth.Count));
        }
        BundleVerifier.Verify(path);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "one case took too long");
    }
}
