namespace ContentPacker.Tests.Support;

/// <summary>The example exhibition of docs/authoring.md, read from the doc itself so the doc and the loader cannot drift apart.</summary>
internal static class AuthoringExample
{
    private static readonly Lazy<string> Text = new(ReadFromDocs);

    /// <summary>The first ```yaml block of docs/authoring.md.</summary>
    public static string Yaml => Text.Value;

    public static readonly string[] CubeFaces = ["front", "right", "back", "left", "up", "down"];

    private static string ReadFromDocs()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "authoring.md"));
        var start = doc.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);
        return doc[start..end];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "authoring.md")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("docs/authoring.md not found above the test directory.");
    }
}
