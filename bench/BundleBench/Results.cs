namespace BundleBench;

/// <summary>The figures of one run and whether they meet the targets.</summary>
internal sealed record Results(long Bytes, int Entries, double Sha256SumSeconds, double VerifySeconds, double OpenSeconds)
{
    /// <summary>Our speed as a fraction of sha256sum's: above 1 means faster.</summary>
    public double VerifyRatio => Sha256SumSeconds / VerifySeconds;

    public double OpenMilliseconds => OpenSeconds * 1000;

    public bool AllTargetsMet => VerifyRatio >= Measurements.MinVerifyRatio && OpenMilliseconds <= Measurements.MaxOpenMilliseconds;

    public void Print(TextWriter output)
    {
        var gb = Bytes / 1e9;
        output.WriteLine();
        output.WriteLine($"bundle: {gb:0.000} GB, {Entries} entries");
        output.WriteLine($"{"measure",-34} {"value",12} {"target",12} {"ok",4}");
        output.WriteLine($"{"sha256sum (median of 3)",-34} {Sha256SumSeconds,10:0.000} s {"",12}");
        output.WriteLine($"{"  throughput",-34} {gb / Sha256SumSeconds,7:0.00} GB/s {"",12}");
        output.WriteLine($"{"BundleVerifier.Verify (median of 3)",-34} {VerifySeconds,10:0.000} s {"",12}");
        output.WriteLine($"{"  throughput",-34} {gb / VerifySeconds,7:0.00} GB/s {"",12}");
        output.WriteLine($"{"speed vs sha256sum",-34} {VerifyRatio,12:0.00} {">= " + Measurements.MinVerifyRatio,12} {Ok(VerifyRatio >= Measurements.MinVerifyRatio),4}");
        output.WriteLine($"{"open to manifest (median of 20)",-34} {OpenMilliseconds,9:0.00} ms {"<= " + Measurements.MaxOpenMilliseconds + " ms",12} {Ok(OpenMilliseconds <= Measurements.MaxOpenMilliseconds),4}");
    }

    private static string Ok(bool met) => met ? "yes" : "NO";
}
