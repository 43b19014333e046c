using System.Globalization;
using Exhibition.Bundle.Format;

namespace ExhibitionViewer.Video;

/// <summary>
/// A video file, or a stored entry inside a bundle file handed to ffmpeg by byte range (its <c>subfile</c>
/// protocol), so nothing is ever extracted to disk.
/// </summary>
/// <param name="FilePath">The file holding the video bytes.</param>
/// <param name="Range">The entry's bytes within that file, or null for the whole file.</param>
public readonly record struct VideoSource(string FilePath, EntryRange? Range)
{
    /// <summary>A stored bundle entry.</summary>
    public static VideoSource FromBundle(BundleReader bundle, string entryPath)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(entryPath);
        return new VideoSource(bundle.FilePath, bundle.GetRange(entryPath));
    }

    /// <summary>The input URL for ffmpeg and ffprobe.</summary>
    public string Url => Range is { } range
        ? string.Create(CultureInfo.InvariantCulture, $"subfile,,start,{range.Offset},end,{range.Offset + range.Length},,:{FilePath}")
        : "file:" + FilePath;

    /// <inheritdoc />
    public override string ToString() => Range is { } r ? $"{FilePath} [{r.Offset}+{r.Length}]" : FilePath;
}
