using PanoramaBench;

// Usage: dotnet run -c Release --project bench/PanoramaBench -- [--size 16384] [--runs 3] [--keep]
//        (internal) --child SOURCE OUTPUT
//        dotnet run -c Release --project bench/PanoramaBench -- --compare   (sampler and tiling alternatives, one face)
return args switch
{
    ["--child", var source, var output] => ChildRun.Run(source, output),
    ["--compare", ..] => Comparisons.Run(SourceImage.Ensure(BenchOptions.Parse(args).Width)),
    _ => BenchRun.Run(BenchOptions.Parse(args)),
};
