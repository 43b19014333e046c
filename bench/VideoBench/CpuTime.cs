using System.Globalization;

namespace VideoBench;

/// <summary>CPU seconds of this process and of its reaped children, from /proc/self/stat.</summary>
internal static class CpuTime
{
    private static readonly double Tick = 100.0;

    /// <summary>(self user+system, reaped children user+system) in seconds.</summary>
    public static (double Self, double Children) Now()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        double F(int field) => double.Parse(fields[field - 3], CultureInfo.InvariantCulture) / Tick;
        return (F(14) + F(15), F(16) + F(17));
    }

    public static long RssBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
