using System.Diagnostics;
using Exhibition.Bundle.Format;

namespace BundleBench;

/// <summary>Times sha256sum, our full verification and open-to-manifest on the same file, back to back.</summary>
internal static class Measurements
{
    public const double MinVerifyRatio = 0.8;
    public const double MaxOpenMilliseconds = 50;

    public static Results Run(string bundle, BenchOptions options)
    {
        // Warm the page cache so both tools read from memory, as the second run of either would.
        Sha256Sum(bundle);
        var sha = Median(3, () => Sha256Sum(bundle));
        var verify = Median(3, () => Time(() => BundleVerifier.Verify(bundle)));
        var open = Median(20, () => Time(() =>
        {
            using var reader = BundleReader.Open(bundle);
            _ = reader.Manifest.Entries.Count;
        }));
        return new Results(new FileInfo(bundle).Length, options.EntryCount, sha, verify, open);
    }

    private static double Sha256Sum(string file) => Time(() =>
    {
        using var process = Process.Start(new ProcessStartInfo("sha256sum", [file]) { RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"sha256sum exited with {process.ExitCode}");
    });

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(int runs, Func<double> measure)
    {
        var values = Enumerable.Range(0, runs).Select(_ => measure()).Order().ToArray();
        return values[runs / 2];
    }
}
