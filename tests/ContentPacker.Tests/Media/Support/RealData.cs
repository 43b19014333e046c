namespace ContentPacker.Tests.Media.Support;

/// <summary>Finds files in the shared/realdata folder that sits beside the checkout (never copied into it).</summary>
internal static class RealData
{
    public static string? Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "realdata", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
