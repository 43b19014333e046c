namespace ContentPacker.Media;

/// <summary>Resizes images for display.</summary>
public static class ImageResizer
{
    /// <summary>Writes a JPEG no larger than <paramref name="maxEdge"/> on its longer edge; never enlarges.</summary>
    public static ImageInfo ResizeToJpeg(string sourceFile, string outputFile, int maxEdge, int quality = 85) =>
        throw new NotImplementedException();
}
