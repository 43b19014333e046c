namespace ContentPacker.Sample.Output;

/// <summary>
/// Writes small PNG copies of the sample's pictures for a person to look at while changing the drawing code:
/// text must read, unmirrored, and the walls must meet without seams.
/// </summary>
internal static class SamplePreview
{
    /// <summary>Writes a PNG at most <paramref name="width"/> wide beside every JPEG of the sample, into <paramref name="previewFolder"/>.</summary>
    public static IReadOnlyList<string> Write(string sampleFolder, string previewFolder, int width = 2048)
    {
        ArgumentNullException.ThrowIfNull(sampleFolder);
        ArgumentNullException.ThrowIfNull(previewFolder);
        Directory.CreateDirectory(previewFolder);
        var written = new List<string>();
        foreach (var jpeg in Directory.EnumerateFiles(sampleFolder, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(sampleFolder, jpeg).Replace(Path.DirectorySeparatorChar, '-');
            var png = Path.Combine(previewFolder, Path.ChangeExtension(name, ".png"));
            using var image = NetVips.Image.Thumbnail(jpeg, width);
            image.WriteToFile(png);
            written.Add(png);
        }

        return written;
    }
}
