namespace ViewerBench;

/// <summary>Where the repository is, and how busy the machine is (figures on a shared machine need that context).</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Exhibition.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Exhibition.sln not found above the bench's folder");
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
