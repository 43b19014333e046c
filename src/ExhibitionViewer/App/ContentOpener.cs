using System.Text.Json;
using Exhibition.Bundle.Format;

namespace ExhibitionViewer.App;

/// <summary>Opens a bundle file or an unpacked folder, turning every failure into one clear <see cref="ViewerException"/>.</summary>
public static class ContentOpener
{
    /// <summary>Opens <paramref name="path"/>.</summary>
    public static IExhibitionContent Open(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ViewerException(ViewerException.BadInput, "no exhibition given: ExhibitionViewer path/to/exhibition.exhibit");
        }

        if (Directory.Exists(path))
        {
            return new FolderContent(path);
        }

        if (!File.Exists(path))
        {
            throw new ViewerException(ViewerException.BadInput, $"no such file: {path}");
        }

        try
        {
            return BundleContent.Open(path);
        }
        catch (Exception e) when (IsContentError(e))
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot open {path}: {e.Message}", e);
        }
    }

    /// <summary>Whether an exception means the content is bad or unreadable (rather than a bug).</summary>
    public static bool IsContentError(Exception e) => e is BundleException or IOException or UnauthorizedAccessException
        or JsonException or InvalidDataException or NotSupportedException;
}
