using System.Globalization;

namespace ViewerBench;

/// <summary>The figures against their targets, printed as a table; the exit code says whether every target was met.</summary>
internal sealed class Results
{
    private readonly List<(string Name, double Value, double Target, string How)> rows = [];

    public void Add(string name, double value, double target, int runs, string how = "median") =>
        rows.Add((name, value, target, $"{how} of {runs}"));

    public int Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"measure",-56} {"figure",10} {"target",8}  {"",-12} result");
        foreach (var (name, value, target, how) in rows)
        {
            var met = value <= target;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-56} {value,10:F1} {"<= " + target,8}  {how,-12} {(met ? "met" : "MISSED")}"));
        }

        return rows.All(r => r.Value <= r.Target) ? 0 : 1;
    }
}
