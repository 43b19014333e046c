using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>Loading and normalising images with NetVips, with errors turned into <see cref="MediaException"/>.</summary>
internal static class VipsImages
{
    static VipsImages()
    {
        // The operation cache would keep the decoded source (hundreds of MB) alive after a panorama is done.
        Cache.Max = 0;
    }

    /// <summary>Opens a file for one top-to-bottom pass; decoding errors (including truncation) surface on use.</summary>
    public static Image OpenSequential(string file)
    {
        try
        {
            return Image.NewFromFile(file, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        }
        catch (VipsException e)
        {
            throw Unreadable(file, e);
        }
    }

    /// <summary>Three-band 8-bit sRGB, whatever the source's bands, depth or colour space; always a new image.</summary>
    public static Image ToRgb8(Image image)
    {
        var result = image.Copy();
        if (result.HasAlpha())
        {
            result = result.Flatten(background: [0, 0, 0]);
        }

        if (result.Interpretation != Enums.Interpretation.Srgb || result.Bands != 3)
        {
            result = result.Colourspace(Enums.Interpretation.Srgb);
        }

        return result.Format == Enums.BandFormat.Uchar ? result : result.Cast(Enums.BandFormat.Uchar);
    }

    /// <summary>The error for a file that NetVips cannot decode.</summary>
    public static MediaException Unreadable(string file, Exception inner) =>
        new($"Cannot read image '{file}': it is not a readable JPEG, PNG or TIFF, or it is truncated or corrupt " +
            $"({FirstLine(inner.Message)}). Re-export the image and try again.", inner);

    /// <summary>The error for a conversion that failed part-way: a damaged source or an output that cannot be written.</summary>
    public static MediaException ConversionFailed(string file, Exception inner) =>
        new($"Converting panorama '{file}' failed: {FirstLine(inner.Message)}. Check that the file is intact and the " +
            "output folder is writable with space free.", inner);

    private static string FirstLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "unknown error";
}
