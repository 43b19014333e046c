using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;

namespace ExhibitionViewer.App;

/// <summary>Content from a <c>.exhibit</c> bundle; every entry read is hash-checked by <see cref="BundleReader"/>.</summary>
public sealed class BundleContent : IExhibitionContent
{
    private readonly BundleReader reader;

    private BundleContent(BundleReader reader, string location)
    {
        this.reader = reader;
        Location = location;
    }

    /// <summary>Opens a bundle; throws <see cref="BundleException"/> if it is malformed.</summary>
    public static BundleContent Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new BundleContent(BundleReader.Open(path), path);
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The underlying reader (signature checks, byte ranges for video).</summary>
    public BundleReader Reader => reader;

    /// <inheritdoc />
    public Tour ReadTour() => reader.ReadTour();

    /// <inheritdoc />
    public byte[] ReadEntry(string path) => reader.ReadEntry(path);

    /// <inheritdoc />
    public void Dispose() => reader.Dispose();
}
