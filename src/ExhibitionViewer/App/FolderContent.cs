using Exhibition.Bundle.Model;

namespace ExhibitionViewer.App;

/// <summary>
/// Content from an unpacked bundle folder (<c>tour.json</c> plus entries at their bundle paths), so authors and tests
/// can view a tour without packing it. Paths are checked as a bundle reader checks them.
/// </summary>
public sealed class FolderContent : IExhibitionContent
{
    private readonly string root;

    /// <summary>Uses <paramref name="folder"/>; throws <see cref="DirectoryNotFoundException"/> if it does not exist.</summary>
    public FolderContent(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"no folder {folder}");
        }
    }

    /// <inheritdoc />
    public string Location => root;

    /// <inheritdoc />
    public Tour ReadTour() => TourJson.Deserialize(ReadEntry(TourJson.EntryPath));

    /// <inheritdoc />
    public byte[] ReadEntry(string path) => File.ReadAllBytes(FileOf(path));

    /// <summary>The file holding entry <paramref name="path"/>; throws for a path that would leave the folder.</summary>
    public string FileOf(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal) || path.Split('/').Contains(".."))
        {
            throw new InvalidDataException($"entry path '{path}' is not a relative bundle path");
        }

        return Path.Combine(root, path);
    }

    /// <inheritdoc />
    public void Dispose() { }
}
