namespace ExhibitionViewer.Tests.Support;

/// <summary>Finds the shared real-data folder that sits beside the checkout (never copied into the repository).</summary>
internal static class RealData
{
    public static string File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realdata", name);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"real data file {name} not found in a shared/realdata folder beside any ancestor of {AppContext.BaseDirectory}");
        throw new FileNotFoundException(name);
    }
}
