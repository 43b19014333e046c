namespace ExhibitionViewer.Tests.Video.Support;

/// <summary>This process's direct children, from /proc (zombies included: a child not reaped still counts).</summary>
internal static class ChildProcesses
{
    public static IReadOnlyList<(int Pid, string Name)> Current()
    {
        var self = Environment.ProcessId;
        var children = new List<(int, string)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                if (int.Parse(fields[1]) == self)
                {
                    children.Add((pid, name));
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return children;
    }

    public static int Ffmpegs() => Current().Count(c => c.Name.StartsWith("ff", StringComparison.Ordinal));

    public static long RssBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
