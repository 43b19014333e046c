namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>Finds the shared real-data folder that sits beside the checkout.</summary>
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

        throw new FileNotFoundException($"Real data file {name} not found in a shared/realdata folder above the tests.");
    }
}
