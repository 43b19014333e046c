using System.Globalization;

namespace BundleBench;

/// <summary>Command-line options: <c>--size-gb N</c> (default 1) and <c>--entry-mb N</c> (default 5).</summary>
internal sealed record BenchOptions(double SizeGb, double EntryMb)
{
    public int EntryCount => (int)Math.Ceiling(SizeGb * 1000 / EntryMb);

    public int EntryBytes => (int)(EntryMb * 1_000_000);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(1, 5);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--size-gb" => options with { SizeGb = value },
                "--entry-mb" => options with { EntryMb = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Use --size-gb N and --entry-mb N."),
            };
        }
        return options;
    }
}
