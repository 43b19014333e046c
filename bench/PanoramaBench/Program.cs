using PanoramaBench;

// Usage: dotnet run -c Release --project bench/PanoramaBench -- [--size 16384] [--runs 3] [--keep]
//        (internal) --child SOURCE OUTPUT
return args is ["--child", var source, var output] ? ChildRun.Run(source, output) : BenchRun.Run(BenchOptions.Parse(args));
