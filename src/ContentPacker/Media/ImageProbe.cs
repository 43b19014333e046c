namespace ContentPacker.Media;

/// <summary>Reads image headers cheaply, so validation can check every image before heavy work.</summary>
public static class ImageProbe
{
    /// <summary>Size of a JPEG, PNG or TIFF; throws <see cref="MediaException"/> naming the file if unreadable or corrupt.</summary>
    public static ImageInfo Read(string file) => throw new NotImplementedException();
}
