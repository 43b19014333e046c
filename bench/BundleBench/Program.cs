using BundleBench;

// Whole-program figures for the bundle format: full verification against sha256sum, and open-to-manifest time.
var options = BenchOptions.Parse(args);
var workDirectory = Path.Combine(Path.GetTempPath(), "bundle-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(workDirectory);
try
{
    var bundle = Path.Combine(workDirectory, "bench.exhibit");
    Console.WriteLine($"Writing a {options.SizeGb:0.##} GB bundle of {options.EntryCount} random entries to {workDirectory} ...");
    var writeSeconds = BenchBundle.Write(bundle, options);
    Console.WriteLine($"  BundleWriter.Commit took {writeSeconds:0.0} s ({new FileInfo(bundle).Length / 1e9 / writeSeconds:0.00} GB/s, including fsync)");
    var results = Measurements.Run(bundle, options);
    results.Print(Console.Out);
    return results.AllTargetsMet ? 0 : 1;
}
finally
{
    Directory.Delete(workDirectory, recursive: true);
}
